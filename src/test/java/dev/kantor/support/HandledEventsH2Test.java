package dev.kantor.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kantor.floor.IntervalCovered;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test waiting for its events waits for its own only: another test's publication that stays incomplete in the
 * shared registry does not hold it, and one of its own whose listener failed is delivered again at once rather
 * than at the next redelivery round a minute later. In the whole-app context the other H2 tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandledEventsH2Test {

    /** A queue and days no demo data and no other test uses. */
    private static final long QUEUE = 990_001;

    private static final Instant DAY = Instant.parse("2019-01-07T01:00:00Z");

    private static final String LISTENER =
            "dev.kantor.reporting.coverage.CoverageRollup.on(dev.kantor.floor.IntervalCovered)";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventSerializer serializer;

    @Autowired
    IncompleteEventPublications incomplete;

    /** The publications this test stored itself, removed after each test. */
    private final List<UUID> storedHere = new ArrayList<>();

    HandledEvents handled() {
        return new HandledEvents(jdbc, serializer, incomplete);
    }

    IntervalCovered interval(int n) {
        return new IntervalCovered(QUEUE, DAY.plusSeconds(900L * n), DAY.plusSeconds(900L * (n + 1)), 2, 1);
    }

    /** A publication as the registry keeps it, for the coverage listener, in the given state. */
    UUID stored(IntervalCovered event, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        """
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts)
                values (?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        id,
                        LISTENER,
                        IntervalCovered.class.getName(),
                        serializer.serialize(event).toString(),
                        Timestamp.from(Instant.now()),
                        status)
                .update();
        storedHere.add(id);
        return id;
    }

    long intervalsCounted() {
        return jdbc.sql("select count(*) from reporting_interval where queue_id = ?")
                .param(QUEUE)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void forgetTheQueue() {
        storedHere.forEach(id ->
                jdbc.sql("delete from event_publication where id = ?").param(id).update());
        jdbc.sql("delete from reporting_interval where queue_id = ?")
                .param(QUEUE)
                .update();
        jdbc.sql("delete from reporting_coverage_day where queue_id = ?")
                .param(QUEUE)
                .update();
    }

    @Test
    void anotherTestsPublicationLeftIncompleteDoesNotHoldTheWait() {
        // given another test's publication to the same listener that nobody will ever complete
        stored(interval(0), "PUBLISHED");

        // when this test publishes its own events and waits for them
        List<IntervalCovered> own = List.of(interval(1), interval(2));
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> own.forEach(events::publishEvent));
        handled().await("CoverageRollup", own);

        // then it waited for its own only: they are counted, the other one still waits
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(intervalsCounted()).isEqualTo(2);
        assertThat(handled().waiting("CoverageRollup", List.of(interval(0)))).isEqualTo(1);
    }

    @Test
    void aPublicationOfItsOwnThatFailedIsDeliveredAgainAtOnce() {
        // given one of the test's own events whose listener failed (a lock that timed out on a busy machine)
        IntervalCovered own = interval(3);
        stored(own, "FAILED");

        // when the test waits for it
        long started = System.nanoTime();
        handled().await("CoverageRollup", List.of(own));

        // then it was delivered again at once, not at the next redelivery round a minute later
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(50));
        assertThat(intervalsCounted()).isEqualTo(1);
    }
}
