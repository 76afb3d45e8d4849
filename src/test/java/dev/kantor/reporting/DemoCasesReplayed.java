package dev.kantor.reporting;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the demo company's history of cases, replayed in the background after start, to be
 * complete: there are cases, and their number has stood still for three seconds.
 */
final class DemoCasesReplayed {

    private DemoCasesReplayed() {}

    static void await(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long last = -1;
        int still = 0;
        while (System.nanoTime() < deadline) {
            long now = jdbc.sql("select count(*) from customer_case")
                    .query(Long.class)
                    .single();
            still = now > 0 && now == last ? still + 1 : 0;
            if (still >= 3) {
                return;
            }
            last = now;
            Thread.sleep(1_000);
        }
        throw new AssertionError("the demo's cases were not replayed in time");
    }
}
