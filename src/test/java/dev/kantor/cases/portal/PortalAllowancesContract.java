package dev.kantor.cases.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's allowances as several nodes see them: two limiters on one database stand for two
 * nodes behind a load balancer. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest
abstract class PortalAllowancesContract {

    @Autowired
    JdbcClient jdbc;

    private PortalRateLimiter.Limit node(int capacity) {
        return new PortalRateLimiter.Limit(
                new StoredAllowances(jdbc, Clock.systemUTC()), "test", capacity, Duration.ofMinutes(10));
    }

    private static String anAddress() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void twoNodesCountAgainstOneAllowance() {
        String address = anAddress();
        PortalRateLimiter.Limit first = node(2);
        PortalRateLimiter.Limit second = node(2);

        assertThat(first.take(address)).isEmpty();
        assertThat(second.take(address)).isEmpty();

        assertThat(first.take(address)).isPresent().get().satisfies(wait -> assertThat(wait)
                .isPositive());
        assertThat(second.take(address)).isPresent();
        assertThat(node(2).take(anAddress()))
                .as("another address has its own allowance")
                .isEmpty();
        assertThat(node(1).take(anAddress() + "x".repeat(300)))
                .as("a forged, overlong address")
                .isEmpty();
    }

    @Test
    void aRequestGivenBackOnOneNodeCanBeSentThroughAnother() {
        String address = anAddress();
        PortalRateLimiter.Limit first = node(1);
        PortalRateLimiter.Limit second = node(1);

        assertThat(first.take(address)).isEmpty();
        assertThat(second.take(address)).isPresent();
        first.giveBack(address);

        assertThat(second.take(address)).isEmpty();
    }

    @Test
    void requestsAtTheSameMomentNeverTakeMoreThanTheAllowance() throws Exception {
        String address = anAddress();
        int capacity = 5;
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            PortalRateLimiter.Limit node = node(capacity);
            requests.add(() -> node.take(address).isEmpty());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long allowed = 0;
            for (Future<Boolean> answer : pool.invokeAll(requests)) {
                allowed += answer.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(capacity);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgetsOnlyAllowancesQuietForLongerThanAWindow() {
        String quiet = anAddress();
        String recent = anAddress();
        Instant now = Instant.now();
        Clock earlier = Clock.fixed(now.minus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        new PortalRateLimiter.Limit(new StoredAllowances(jdbc, earlier), "test", 1, Duration.ofMinutes(10)).take(quiet);
        node(1).take(recent);

        new StoredAllowances(jdbc, Clock.fixed(now, ZoneOffset.UTC)).forgetIdle(Duration.ofMinutes(10));

        assertThat(stored("test:" + quiet)).isZero();
        assertThat(stored("test:" + recent)).isOne();
        assertThat(node(1).take(quiet))
                .as("a forgotten address starts with a full allowance")
                .isEmpty();
    }

    private long stored(String key) {
        return jdbc.sql("select count(*) from portal_allowance where allowance_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }
}
