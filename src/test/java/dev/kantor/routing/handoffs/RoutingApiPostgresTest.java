package dev.kantor.routing.handoffs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kantor.support.OnPostgres;

import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing through the API on a real PostgreSQL server, with two accepts racing each other. */
@OnPostgres
class RoutingApiPostgresTest extends RoutingApiContract {

    /** A double click, or two tabs: the same offer accepted twice at once. Exactly one wins. */
    @RepeatedTest(3)
    void twoAcceptsAtOnceExactlyOneWins() throws Exception {
        JsonNode handoff = handedToAgus();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call("agent", "POST", path(handoff) + "/accept", null)
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Collections.sort(statuses);
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode after = call("agent", "GET", path(handoff), null).body();
        assertThat(after.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("offers")).hasSize(1);
    }
}
