package dev.kantor.webhooks.subscriptions;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.webhooks.catalogue.EventCatalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' webhook subscriptions: a URL (checked by {@link OutboundAddresses}), the event types
 * it wants, and a secret made by Kantor and shown once. After {@code kantor.webhooks.pause-after}
 * failed attempts in a row (10) a subscription is paused and every admin is told in their
 * notifications; an admin resumes it once the receiver works again. Changes are audited.
 */
@Service
@Transactional
public class Subscriptions {

    static final String AUDITED = "webhook";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final UserAccounts accounts;
    private final OutboundAddresses addresses;
    private final int pauseAfter;

    Subscriptions(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            Notifications notifications,
            UserAccounts accounts,
            @Value("${kantor.webhooks.allow-private-addresses:false}") boolean allowPrivate,
            @Value("${kantor.webhooks.pause-after:10}") int pauseAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.addresses = new OutboundAddresses(allowPrivate);
        this.pauseAfter = pauseAfter;
    }

    /** The address rules in force, for the sender to check again before each delivery. */
    public OutboundAddresses addresses() {
        return addresses;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NewSubscription create(String url, String description, Collection<String> eventTypes) {
        InputCheck check = new InputCheck().required("url", url, 2000).maxLength("description", description, 300);
        Set<String> types = new LinkedHashSet<>();
        for (String type : eventTypes == null ? List.<String>of() : eventTypes) {
            if (EventCatalogue.known(type)) {
                types.add(type);
            } else {
                check.add("eventTypes", "webhooks.event-type-unknown");
            }
        }
        check.that(!types.isEmpty(), "eventTypes", "webhooks.event-type-required");
        if (url != null && !url.isBlank() && url.length() <= 2000) {
            addresses.refusal(url).ifPresent(key -> check.add("url", key));
        }
        check.throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql(
                        """
                insert into webhook_subscription (url, description, event_types, secret, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        url.trim(),
                        description == null || description.isBlank() ? null : description.trim(),
                        String.join(",", types),
                        secret,
                        Timestamp.from(now),
                        CurrentUser.username())
                .update();
        long id = jdbc.sql("select id from webhook_subscription where secret = ?")
                .param(secret)
                .query(Long.class)
                .single();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("url", url.trim());
        facts.put("eventTypes", String.join(",", types));
        audit.created(AUDITED, id, url.trim(), facts);
        return new NewSubscription(find(id), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Subscription> all() {
        return jdbc.sql("select * from webhook_subscription order by id")
                .query((rs, n) -> subscription(rs))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Subscription one(long id) {
        return find(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Subscription gone = find(id);
        jdbc.sql("delete from webhook_subscription where id = ?").param(id).update();
        audit.deleted(AUDITED, id, gone.url(), Map.of("eventTypes", String.join(",", gone.eventTypes())));
    }

    /** Sends again from where it stopped: the deliveries waiting go out in order. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resume(long id) {
        Subscription s = find(id);
        if (jdbc.sql("update webhook_subscription set paused_at = null, consecutive_failures = 0 "
                                + "where id = ? and paused_at is not null")
                        .param(id)
                        .update()
                == 1) {
            audit.noted(AUDITED, id, s.url(), AuditAction.REACTIVATED, Map.of("paused", "false"));
        }
    }

    /** The subscriptions (paused ones too: they catch up when resumed) that want this event type. */
    @Transactional(readOnly = true)
    public List<Long> subscribedTo(String eventType) {
        List<Long> ids = new ArrayList<>();
        for (Subscription s : jdbc.sql("select * from webhook_subscription")
                .query((rs, n) -> subscription(rs))
                .list()) {
            if (s.eventTypes().contains(eventType)) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    /** The key that signs this subscription's deliveries. */
    @Transactional(readOnly = true)
    public String secretOf(long id) {
        return jdbc.sql("select secret from webhook_subscription where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** A delivery got through: the count of failures in a row starts again. */
    public void succeeded(long id) {
        jdbc.sql("update webhook_subscription set consecutive_failures = 0 where id = ? and consecutive_failures > 0")
                .param(id)
                .update();
    }

    /**
     * A delivery failed. The failure that reaches {@code pause-after} in a row pauses the
     * subscription and tells every admin, once per pause.
     *
     * @return whether this failure paused the subscription
     */
    public boolean failed(long id) {
        jdbc.sql("update webhook_subscription set consecutive_failures = consecutive_failures + 1 where id = ?")
                .param(id)
                .update();
        Instant now = clock.instant();
        boolean paused = jdbc.sql(
                                """
                update webhook_subscription set paused_at = ?
                where id = ? and paused_at is null and consecutive_failures >= ?""")
                        .params(Timestamp.from(now), id, pauseAfter)
                        .update()
                == 1;
        if (paused) {
            Subscription s = find(id);
            audit.notedFor(
                    CurrentUser.SYSTEM,
                    AUDITED,
                    id,
                    s.url(),
                    AuditAction.DEACTIVATED,
                    Map.of("paused", "true", "failuresInARow", String.valueOf(s.consecutiveFailures())));
            for (long admin : accounts.employeesWithRole(Role.ADMIN)) {
                notifications.notify(new Notice(
                        "webhook-paused:" + id + ":" + now.toEpochMilli() + ":" + admin,
                        admin,
                        "WEBHOOK",
                        "notice.webhook-paused",
                        List.of(Notice.verbatim(s.url()), Notice.verbatim(String.valueOf(s.consecutiveFailures()))),
                        "/webhooks/" + id,
                        now));
            }
        }
        return paused;
    }

    private Subscription find(long id) {
        return jdbc.sql("select * from webhook_subscription where id = ?")
                .param(id)
                .query((rs, n) -> subscription(rs))
                .optional()
                .orElseThrow(() -> KantorException.notFound("webhooks.not-found"));
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        Timestamp paused = rs.getTimestamp("paused_at");
        return new Subscription(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("description"),
                Arrays.asList(rs.getString("event_types").split(",")),
                paused == null ? null : paused.toInstant(),
                rs.getInt("consecutive_failures"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
