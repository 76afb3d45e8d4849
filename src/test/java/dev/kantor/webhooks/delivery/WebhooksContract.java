package dev.kantor.webhooks.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: events published by the modules reach a receiver in this test (the JDK's HTTP
 * server) once each, signed, in order per subject; a failing receiver gets retries and then its
 * subscription is paused with a notice to admins; a redirect is not followed; a delivery claimed by
 * a node that died goes out when its claim runs out. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebhooksContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Case ids far from any the demo company has: no other listener cares about these events. */
    private static final AtomicLong CASES = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L);

    /** What each path of the receiver was sent: the signature header and the body. */
    record Received(String signature, String deliveryId, String body) {}

    static HttpServer receiver;
    static final Map<String, Queue<Received>> RECEIVED = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

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

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>())
                    .add(new Received(
                            exchange.getRequestHeaders().getFirst("X-Kantor-Signature"),
                            exchange.getRequestHeaders().getFirst("X-Kantor-Delivery"),
                            body));
            if (path.startsWith("/fail")) {
                exchange.sendResponseHeaders(500, -1);
            } else if (path.startsWith("/redirect")) {
                exchange.getResponseHeaders().add("Location", path.replace("/redirect", "/target"));
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    /** Subscribes as the demo admin; answers the subscription's id and secret. */
    String[] subscribe(String path, String... types) throws Exception {
        Answer made = ApiCalls.call(
                port,
                "admin",
                "POST",
                "/api/webhooks",
                JSON.writeValueAsString(Map.of("url", url(path), "eventTypes", List.of(types))));
        assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
        return new String[] {
            made.body().get("subscription").get("id").asString(),
            made.body().get("secret").asString()
        };
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    static void await(BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    static Queue<Received> at(String path) {
        return RECEIVED.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>());
    }

    @Test
    void aReceiverGetsEachEventOnceSignedAndInOrderPerCase() throws Exception {
        String path = "/ok-" + CASES.incrementAndGet();
        String[] subscription = subscribe(path, "case.opened", "case.resolved");
        long caseId = CASES.incrementAndGet();
        Instant opened = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CaseOpened open = new CaseOpened(
                caseId, "K-" + caseId, Channel.PHONE, CaseType.QUESTION, "billing", Priority.NORMAL, null, opened);

        publish(open);
        // the same event relayed again (a restart, a redelivery) delivers nothing new
        publish(open);
        publish(new CaseResolved(
                caseId,
                "K-" + caseId,
                CaseType.QUESTION,
                "billing",
                Channel.PHONE,
                null,
                1L,
                opened,
                opened.plusSeconds(60)));

        await(() -> at(path).size() >= 2, 20);
        Thread.sleep(1500);
        List<Received> got = List.copyOf(at(path));
        assertThat(got).hasSize(2);
        long now = Instant.now().getEpochSecond();
        for (Received r : got) {
            assertThat(WebhookSignature.verify(subscription[1], r.signature(), r.body(), now, 300))
                    .as("signed: %s", r.signature())
                    .isTrue();
            assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(r.deliveryId());
        }
        JsonNode first = JSON.readTree(got.get(0).body());
        JsonNode second = JSON.readTree(got.get(1).body());
        assertThat(first.get("type").asString()).isEqualTo("case.opened");
        assertThat(first.get("subject").asString()).isEqualTo("case:" + caseId);
        assertThat(first.get("data").get("reference").asString()).isEqualTo("K-" + caseId);
        assertThat(second.get("type").asString()).isEqualTo("case.resolved");

        Answer log = ApiCalls.call(port, "admin", "GET", "/api/webhooks/" + subscription[0] + "/deliveries", null);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.items().size()).isEqualTo(2);
        assertThat(log.body().get("total").asLong()).isEqualTo(2);
        assertThat(log.items().get(0).get("lastStatus").asInt()).isEqualTo(204);
        delete(subscription[0]);
    }

    @Test
    void aFailingReceiverGetsRetriesThenItsSubscriptionIsPausedAndAdminsAreTold() throws Exception {
        String path = "/fail-" + CASES.incrementAndGet();
        String[] subscription = subscribe(path, "case.rated");
        long caseId = CASES.incrementAndGet();

        publish(new CaseRated(caseId, "K-" + caseId, 2, null, Instant.now()));

        await(
                () -> jdbc.sql("select paused_at from webhook_subscription where id = ?")
                        .param(Long.parseLong(subscription[0]))
                        .query(Timestamp.class)
                        .optional()
                        .isPresent(),
                20);
        // paused after three failures in a row (kantor.webhooks.pause-after=3 in the tests), each waiting longer
        assertThat(at(path)).hasSize(3);
        List<Integer> statuses = jdbc.sql(
                        """
                select a.status_code from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                where d.subscription_id = ? order by a.id""")
                .param(Long.parseLong(subscription[0]))
                .query(Integer.class)
                .list();
        assertThat(statuses).containsExactly(500, 500, 500);
        assertThat(jdbc.sql(
                                "select count(*) from notification where message_key = 'notice.webhook-paused' and link = ?")
                        .param("/webhooks/" + subscription[0])
                        .query(Long.class)
                        .single())
                .as("admins told")
                .isPositive();

        // paused: nothing more goes out until an admin resumes it
        Thread.sleep(1000);
        assertThat(at(path)).hasSize(3);
        assertThat(ApiCalls.call(port, "admin", "POST", "/api/webhooks/" + subscription[0] + "/resumption", null)
                        .status())
                .isEqualTo(200);
        await(() -> at(path).size() >= 4, 10);

        jdbc.sql("delete from notification where link = ?")
                .param("/webhooks/" + subscription[0])
                .update();
        delete(subscription[0]);
    }

    @Test
    void aRedirectIsNotFollowedButCountsAsAFailure() throws Exception {
        String path = "/redirect-" + CASES.incrementAndGet();
        String[] subscription = subscribe(path, "case.rated");
        long caseId = CASES.incrementAndGet();

        publish(new CaseRated(caseId, "K-" + caseId, 5, null, Instant.now()));

        await(() -> !at(path).isEmpty(), 20);
        Thread.sleep(500);
        assertThat(at(path.replace("/redirect", "/target"))).isEmpty();
        assertThat(jdbc.sql("select last_status from webhook_delivery where subscription_id = ?")
                        .param(Long.parseLong(subscription[0]))
                        .query(Integer.class)
                        .single())
                .isEqualTo(302);
        delete(subscription[0]);
    }

    @Test
    void aDeliveryClaimedByANodeThatDiedGoesOutWhenItsClaimRunsOut() throws Exception {
        String path = "/ok-" + CASES.incrementAndGet();
        String[] subscription = subscribe(path, "case.opened");
        Instant now = Instant.now();
        // as a node leaves it when it dies mid-delivery: claimed, attempted once, never finished
        jdbc.sql(
                        """
                insert into webhook_delivery (subscription_id, event_id, event_type, subject, occurred_at, body,
                                              created_at, next_attempt_at, attempts, claimed_by, claimed_until)
                values (?, 'lost-1', 'case.opened', 'case:1', ?, '{"id":"lost-1"}', ?, ?, 1, 'a node that died', ?)""")
                .params(
                        Long.parseLong(subscription[0]),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now.plusSeconds(2)))
                .update();

        Thread.sleep(1000);
        assertThat(at(path)).as("still claimed by the dead node").isEmpty();
        await(() -> at(path).size() == 1, 10);
        assertThat(at(path).peek().deliveryId()).isEqualTo("lost-1");
        delete(subscription[0]);
    }

    @Test
    void anEventStillWaitingForAFormerPerEventListenerIsDeliveredOnceByTheRelay() throws Exception {
        String path = "/ok-" + CASES.incrementAndGet();
        String[] subscription = subscribe(path, "case.opened");
        long caseId = CASES.incrementAndGet();
        Instant opened = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        CaseOpened open = new CaseOpened(
                caseId, "K-" + caseId, Channel.EMAIL, CaseType.REQUEST, "billing", Priority.NORMAL, null, opened);
        UUID publication = UUID.randomUUID();
        // as the registry kept it when each relayed event had a listener of its own, which no longer exists
        jdbc.sql(
                        """
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts)
                values (?, 'dev.kantor.webhooks.delivery.RelayedEvents.on(dev.kantor.cases.CaseOpened)',
                        'dev.kantor.cases.CaseOpened', ?, ?, 'PUBLISHED', 1)""")
                .params(publication, serializer.serialize(open).toString(), Timestamp.from(opened))
                .update();

        // when the migration hands it to the relay, and it is delivered again (at start, by redelivery), twice
        jdbc.sql(new ClassPathResource("db/migration/V74_1__webhooks_publications_of_the_former_listeners.sql")
                        .getContentAsString(StandardCharsets.UTF_8))
                .update();
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
        await(() -> at(path).size() >= 1, 20);
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
        Thread.sleep(1500);

        // then the receiver got it once, and the registry holds it no more
        assertThat(at(path)).hasSize(1);
        JsonNode got = JSON.readTree(at(path).peek().body());
        assertThat(got.get("type").asString()).isEqualTo("case.opened");
        assertThat(got.get("data").get("reference").asString()).isEqualTo("K-" + caseId);
        assertThat(jdbc.sql("select count(*) from event_publication where id = ?")
                        .param(publication)
                        .query(Long.class)
                        .single())
                .isZero();
        delete(subscription[0]);
    }

    @Test
    void aSubscriptionWithABadUrlOrNoEventsIsRefusedNamingTheFields() throws Exception {
        Answer refused = ApiCalls.call(
                port, "admin", "POST", "/api/webhooks", "{\"url\":\"ftp://example.com/x\",\"eventTypes\":[]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).contains("\"url\"", "\"eventTypes\"");
        assertThat(ApiCalls.call(port, "agent", "GET", "/api/webhooks", null).status())
                .isEqualTo(403);
    }

    @Test
    void aDeliveryLogPageSizeOutOfRangeIsRefusedNamingIt() throws Exception {
        String[] subscription = subscribe("/limit-" + CASES.incrementAndGet(), "case.rated");
        String log = "/api/webhooks/" + subscription[0] + "/deliveries?size=";
        for (String size : List.of("0", "201", "-3")) {
            Answer refused = ApiCalls.call(port, "admin", "GET", log + size, null);
            assertThat(refused.status()).as("size %s", size).isEqualTo(400);
            assertThat(refused.body().get("errors").toString()).contains("\"size\"");
        }
        assertThat(ApiCalls.call(port, "admin", "GET", log + "200", null).status())
                .isEqualTo(200);
        delete(subscription[0]);
    }

    @Test
    void theDailyCleanUpDeletesOldDeliveriesInBatchesWithTheirAttemptsOnceADay() throws Exception {
        String[] subscription = subscribe("/kept-" + CASES.incrementAndGet(), "case.rated");
        long id = Long.parseLong(subscription[0]);
        Instant now = Instant.now();
        // paused, so that the sender leaves the waiting ones alone
        jdbc.sql("update webhook_subscription set paused_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
        String run = "old-" + CASES.incrementAndGet() + "-";
        for (int i = 0; i < 3; i++) {
            oldDelivery(id, run + "delivered-31d-" + i, now.minus(Duration.ofDays(31)), true);
        }
        oldDelivery(id, run + "delivered-29d", now.minus(Duration.ofDays(29)), true);
        oldDelivery(id, run + "waiting-91d", now.minus(Duration.ofDays(91)), false);
        oldDelivery(id, run + "waiting-89d", now.minus(Duration.ofDays(89)), false);
        DeliveryRetention retention = new DeliveryRetention(
                jdbc,
                Clock.systemUTC(),
                ZoneId.of("UTC"),
                new DeliveryRetention.RetentionPeriods(Duration.ofDays(30), Duration.ofDays(90)),
                2);

        DeliveryRetention.Deleted deleted = retention.deleteOld();

        assertThat(deleted.delivered()).as("three, in batches of two").isGreaterThanOrEqualTo(3);
        assertThat(deleted.givenUp()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select event_id from webhook_delivery where subscription_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(run + "delivered-29d", run + "waiting-89d");
        assertThat(jdbc.sql(
                                """
                select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                where d.subscription_id = ?""")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the kept deliveries' attempts stay")
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "select count(*) from webhook_attempt where delivery_id not in (select id from webhook_delivery)")
                        .query(Long.class)
                        .single())
                .as("no attempt outlives its delivery")
                .isZero();

        // one run a day, whichever node comes first
        jdbc.sql("delete from webhook_retention_run").update();
        assertThat(retention.runToday()).isTrue();
        assertThat(retention.runToday()).isFalse();
        jdbc.sql("delete from webhook_retention_run").update();
        delete(subscription[0]);
    }

    private void oldDelivery(long subscriptionId, String eventId, Instant at, boolean delivered) {
        jdbc.sql(
                        """
                insert into webhook_delivery (subscription_id, event_id, event_type, subject, occurred_at, body,
                                              created_at, next_attempt_at, attempts, delivered_at, last_status)
                values (?, ?, 'case.rated', 'case:1', ?, '{}', ?, ?, 1, ?, ?)""")
                .params(
                        subscriptionId,
                        eventId,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        delivered ? Timestamp.from(at) : null,
                        delivered ? 204 : 500)
                .update();
        long deliveryId = jdbc.sql("select id from webhook_delivery where subscription_id = ? and event_id = ?")
                .params(subscriptionId, eventId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                values (?, ?, ?, null, 12)""")
                .params(deliveryId, Timestamp.from(at), delivered ? 204 : 500)
                .update();
    }

    void delete(String id) throws Exception {
        assertThat(ApiCalls.call(port, "admin", "DELETE", "/api/webhooks/" + id, null)
                        .status())
                .isEqualTo(204);
    }
}
