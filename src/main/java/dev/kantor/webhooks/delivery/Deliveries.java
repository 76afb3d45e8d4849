package dev.kantor.webhooks.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.KantorException;
import dev.kantor.webhooks.catalogue.Occurrence;
import dev.kantor.webhooks.subscriptions.Subscriptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliveries of webhook events: one row per event per subscription that wants it, written once
 * however often the event is relayed (its id is unique per subscription), and the log admins read.
 */
@Service
@Transactional
public class Deliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final DeliverySender sender;

    Deliveries(JdbcClient jdbc, Clock clock, Subscriptions subscriptions, DeliverySender sender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.sender = sender;
    }

    /** The JSON every receiver gets for this occurrence. */
    static String body(Occurrence o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.id());
        body.put("type", o.type());
        body.put("occurredAt", o.occurredAt().toString());
        body.put("subject", o.subject());
        body.put("data", o.data());
        return JSON.writeValueAsString(body);
    }

    /** @return how many deliveries were written now (none for an event relayed before) */
    public int record(Occurrence occurrence) {
        String body = body(occurrence);
        Timestamp now = Timestamp.from(clock.instant());
        int written = 0;
        for (long subscription : subscriptions.subscribedTo(occurrence.type())) {
            written += jdbc.sql(
                            """
                    insert into webhook_delivery (subscription_id, event_id, event_type, subject, occurred_at, body,
                                                  created_at, next_attempt_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            subscription,
                            occurrence.id(),
                            occurrence.type(),
                            occurrence.subject(),
                            Timestamp.from(occurrence.occurredAt()),
                            body,
                            now,
                            now)
                    .update();
        }
        if (written > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
            // this node sends them as soon as they are committed, instead of at the sender's next round
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        }
        return written;
    }

    /** The subscription's latest deliveries, newest first, each with its attempts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryView> log(long subscriptionId, int limit) {
        return log(subscriptionId, 0, Math.max(1, Math.min(limit, 500)));
    }

    /** One page of a subscription's delivery log, newest first, each delivery with its attempts. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DeliveryView> log(long subscriptionId, long offset, int limit) {
        subscriptions.one(subscriptionId);
        List<DeliveryView> deliveries = jdbc.sql("select * from webhook_delivery where subscription_id = ? "
                        + "order by occurred_at desc, id desc limit ? offset ?")
                .params(subscriptionId, limit, offset)
                .query((rs, n) -> delivery(rs, List.of()))
                .list();
        return deliveries.stream()
                .map(d -> new DeliveryView(
                        d.id(),
                        d.eventId(),
                        d.eventType(),
                        d.subject(),
                        d.occurredAt(),
                        d.attempts(),
                        d.nextAttemptAt(),
                        d.deliveredAt(),
                        d.lastStatus(),
                        d.lastError(),
                        attempts(d.id())))
                .toList();
    }

    /** How many deliveries a subscription's log holds. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(long subscriptionId) {
        return jdbc.sql("select count(*) from webhook_delivery where subscription_id = ?")
                .param(subscriptionId)
                .query(Long.class)
                .single();
    }

    /**
     * Sends a delivery again (after the receiver was mended, or to replay one): it goes out at the
     * next round, in its place among its subject's deliveries, with the same event id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void sendAgain(long subscriptionId, long deliveryId) {
        int changed = jdbc.sql(
                        """
                update webhook_delivery set delivered_at = null, next_attempt_at = ?, claimed_by = null,
                       claimed_until = null
                where id = ? and subscription_id = ?""")
                .params(Timestamp.from(clock.instant()), deliveryId, subscriptionId)
                .update();
        if (changed == 0) {
            throw KantorException.notFound("webhooks.delivery-not-found");
        }
    }

    private List<DeliveryView.Attempt> attempts(long deliveryId) {
        return jdbc.sql("select * from webhook_attempt where delivery_id = ? order by attempted_at desc, id desc")
                .param(deliveryId)
                .query((rs, n) -> new DeliveryView.Attempt(
                        rs.getTimestamp("attempted_at").toInstant(),
                        (Integer) rs.getObject("status_code", Integer.class),
                        rs.getString("error"),
                        rs.getInt("duration_ms")))
                .list();
    }

    private static DeliveryView delivery(ResultSet rs, List<DeliveryView.Attempt> attempts) throws SQLException {
        return new DeliveryView(
                rs.getLong("id"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("subject"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("delivered_at")),
                (Integer) rs.getObject("last_status", Integer.class),
                rs.getString("last_error"),
                attempts);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
