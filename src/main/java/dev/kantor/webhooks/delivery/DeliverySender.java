package dev.kantor.webhooks.delivery;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;

import dev.kantor.webhooks.subscriptions.OutboundAddresses;
import dev.kantor.webhooks.subscriptions.Subscriptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, as one of possibly several nodes. Each round it picks the oldest
 * undelivered delivery of each subject (a later one waits until the one before it got through: in
 * order per subject), claims each by a conditional update of its row for {@code kantor.webhooks.claim-for}
 * (so one node holds it; a node that dies leaves a claim that runs out and another node sends it),
 * and posts it on a small pool of its own, so that a slow receiver holds up neither the scheduler nor
 * the other receivers. The request goes only to the subscription's URL ({@link WebhookHttp}): no
 * redirect is followed, the address connected to is the one checked, and it times out. A failure waits {@code retry-base} doubled per attempt
 * (at most {@code retry-max}) and counts towards pausing the subscription.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final Duration claimFor;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration requestTimeout;
    private final int parallel;
    private final WebhookHttp http;
    private final ExecutorService pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** A round asked for and not yet begun: events committed together start one round, not one each. */
    private final AtomicBoolean waking = new AtomicBoolean();

    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    DeliverySender(
            JdbcClient jdbc,
            Clock clock,
            Subscriptions subscriptions,
            @Value("${kantor.webhooks.claim-for:PT1M}") Duration claimFor,
            @Value("${kantor.webhooks.retry-base:PT10S}") Duration retryBase,
            @Value("${kantor.webhooks.retry-max:PT1H}") Duration retryMax,
            @Value("${kantor.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${kantor.webhooks.request-timeout:PT10S}") Duration requestTimeout,
            @Value("${kantor.webhooks.parallel:8}") int parallel) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.claimFor = claimFor;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.requestTimeout = requestTimeout;
        this.parallel = parallel;
        this.http = new WebhookHttp(subscriptions.addresses(), connectTimeout, requestTimeout, parallel);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, work -> {
            Thread thread = new Thread(work, "webhooks-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() throws IOException {
        pool.shutdownNow();
        http.close();
    }

    /** Starts a round now, off the caller's thread: new deliveries were just committed on this node. */
    void wake() {
        if (waking.compareAndSet(false, true)) {
            try {
                pool.execute(() -> {
                    waking.set(false);
                    sendDue();
                });
            } catch (RejectedExecutionException e) {
                waking.set(false); // shutting down: the next start sends them
            }
        }
    }

    /** @return how many deliveries this round claimed and handed to the pool */
    @Scheduled(fixedDelayString = "${kantor.webhooks.send-every:PT0.25S}")
    synchronized int sendDue() {
        int room = parallel * 4 - inFlight.get();
        if (room <= 0) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.sql(
                        """
                select d.id from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id
                where d.delivered_at is null and s.paused_at is null and d.next_attempt_at <= :now
                  and (d.claimed_until is null or d.claimed_until <= :now)
                  and not exists (
                      select 1 from webhook_delivery e
                      where e.subscription_id = d.subscription_id and e.subject = d.subject
                        and e.delivered_at is null
                        and (e.occurred_at < d.occurred_at or (e.occurred_at = d.occurred_at and e.id < d.id)))
                order by d.occurred_at, d.id
                limit :room""")
                .param("now", now)
                .param("room", room)
                .query(Long.class)
                .list();
        int claimed = 0;
        for (long id : due) {
            String token = node + " " + UUID.randomUUID();
            if (claim(id, token)) {
                claimed++;
                inFlight.incrementAndGet();
                pool.execute(() -> {
                    try {
                        send(id, token);
                    } catch (RuntimeException e) {
                        log.warn("Webhook delivery {} could not be sent: {}", id, e.toString());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
        return claimed;
    }

    private boolean claim(long id, String token) {
        Instant now = clock.instant();
        return jdbc.sql(
                                """
                update webhook_delivery set claimed_by = ?, claimed_until = ?, attempts = attempts + 1
                where id = ? and delivered_at is null and next_attempt_at <= ?
                  and (claimed_until is null or claimed_until <= ?)""")
                        .params(token, Timestamp.from(now.plus(claimFor)), id, Timestamp.from(now), Timestamp.from(now))
                        .update()
                == 1;
    }

    void send(long id, String token) {
        record Due(long subscriptionId, String url, String eventId, String eventType, String body, int attempts) {}
        Optional<Due> found = jdbc.sql(
                        """
                select d.subscription_id, s.url, d.event_id, d.event_type, d.body, d.attempts
                from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                where d.id = ? and d.claimed_by = ?""")
                .params(id, token)
                .query((rs, n) -> new Due(
                        rs.getLong("subscription_id"),
                        rs.getString("url"),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional();
        if (found.isEmpty()) {
            return;
        }
        Due due = found.get();
        long started = System.nanoTime();
        Optional<String> refused = subscriptions.addresses().shapeRefusal(due.url());
        if (refused.isPresent()) {
            failed(id, token, due.subscriptionId(), due.attempts(), null, "address refused: " + refused.get(), started);
            return;
        }
        String signature = WebhookSignature.header(
                subscriptions.secretOf(due.subscriptionId()), clock.instant().getEpochSecond(), due.body());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Kantor-Webhooks");
        headers.put("X-Kantor-Event", due.eventType());
        headers.put("X-Kantor-Delivery", due.eventId());
        headers.put("X-Kantor-Signature", signature);
        try {
            int status = http.post(due.url(), headers, due.body());
            if (status >= 200 && status < 300) {
                delivered(id, token, due.subscriptionId(), status, started);
            } else {
                // a redirect is not followed: it counts as a failure, as any answer other than 2xx
                failed(id, token, due.subscriptionId(), due.attempts(), status, "HTTP " + status, started);
            }
        } catch (OutboundAddresses.Refused e) {
            // the host resolved, at connection time, to an address webhooks may not reach: nothing was sent
            failed(
                    id,
                    token,
                    due.subscriptionId(),
                    due.attempts(),
                    null,
                    "address refused: " + e.messageKey(),
                    started);
        } catch (IOException e) {
            failed(id, token, due.subscriptionId(), due.attempts(), null, e.toString(), started);
        }
    }

    private void delivered(long id, String token, long subscriptionId, int status, long started) {
        Instant now = clock.instant();
        jdbc.sql(
                        """
                update webhook_delivery set delivered_at = ?, last_status = ?, last_error = null,
                       claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""")
                .params(Timestamp.from(now), status, id, token)
                .update();
        attempt(id, now, status, null, started);
        subscriptions.succeeded(subscriptionId);
    }

    private void failed(
            long id, String token, long subscriptionId, int attempts, Integer status, String error, long started) {
        Instant now = clock.instant();
        String why = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        jdbc.sql(
                        """
                update webhook_delivery set next_attempt_at = ?, last_status = ?, last_error = ?,
                       claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""")
                .params(Timestamp.from(now.plus(backOff(attempts))), status, why, id, token)
                .update();
        attempt(id, now, status, why, started);
        subscriptions.failed(subscriptionId);
    }

    /** The wait after the n-th failed attempt: the base, doubled each time, at most the maximum. */
    Duration backOff(int attempts) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    private void attempt(long id, Instant at, Integer status, String error, long started) {
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        if (jdbc.sql("select count(*) from webhook_delivery where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 0) {
            return; // the subscription was deleted meanwhile, with its log
        }
        jdbc.sql(
                        """
                insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                values (?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(at), status, error, millis)
                .update();
    }
}
