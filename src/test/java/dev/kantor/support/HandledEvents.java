package dev.kantor.support;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Waits until a listener has handled the events a test published itself, and only those. The event
 * publication registry ({@code event_publication}) is shared by every test of the JVM: counting all of a
 * listener's publications waits for other tests' events too (ones still queued behind a busy executor, ones
 * whose listener failed and waits for the next redelivery round), which cost one CI run 94 s. A publication
 * is the test's when it carries one of its events, as the registry serialized it.
 *
 * <p>One of the test's own publications that failed (a row lock that timed out on a busy machine) is
 * delivered again at once, as {@code platform.events.EventRedelivery} does a minute later: the listeners are
 * idempotent, and a test waiting for the effect should not wait for the minute.
 */
public final class HandledEvents {

    private static final Duration AT_MOST = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final IncompleteEventPublications incomplete;

    public HandledEvents(JdbcClient jdbc, EventSerializer serializer, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.incomplete = incomplete;
    }

    private record Waiting(UUID id, String status, String event) {}

    /**
     * Returns once no publication of these events to the listener is left (a handled one is deleted).
     *
     * @param listener part of the listener's id, e.g. its class's simple name
     * @param events the events the test published, each as it published it
     */
    public void await(String listener, Collection<?> events) {
        Set<String> ours =
                events.stream().map(e -> serializer.serialize(e).toString()).collect(Collectors.toSet());
        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Waiting> waiting = waitingFor(listener, ours);
            Set<UUID> failed = waiting.stream()
                    .filter(w -> "FAILED".equals(w.status()))
                    .map(Waiting::id)
                    .collect(Collectors.toSet());
            if (!failed.isEmpty()) {
                incomplete.resubmitIncompletePublications(p -> failed.contains(p.getIdentifier()));
            }
            return waiting.isEmpty();
        });
    }

    /** How many publications of these events to the listener are not handled yet. */
    public int waiting(String listener, Collection<?> events) {
        Set<String> ours =
                events.stream().map(e -> serializer.serialize(e).toString()).collect(Collectors.toSet());
        return waitingFor(listener, ours).size();
    }

    private List<Waiting> waitingFor(String listener, Set<String> ours) {
        return jdbc
                .sql(
                        """
                select id, status, serialized_event from event_publication
                where listener_id like ? and completion_date is null""")
                .param("%" + listener + "%")
                .query((rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("serialized_event")))
                .list()
                .stream()
                .filter(w -> ours.contains(w.event()))
                .toList();
    }
}
