package dev.kantor.webhooks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.webhooks.catalogue.EventCatalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhooks module on its own, with the platform only: an event of another module becomes one
 * delivery per subscription that wants it, once however often the event is delivered, and none for
 * a subscription that does not want it. (The subscription is paused, so that nothing is sent here.)
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class WebhooksModuleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    long wantsCases;
    long wantsSchedules;

    @BeforeEach
    void twoSubscriptions() {
        jdbc.sql("delete from webhook_subscription").update();
        wantsCases = subscription("case.opened,handoff.queued");
        wantsSchedules = subscription("schedule.published");
    }

    @Test
    void anEventDeliveredTwiceMakesOneDeliveryPerSubscriptionThatWantsIt(Scenario scenario) {
        CaseOpened opened = new CaseOpened(
                77L, "K-77", Channel.WEB, CaseType.REQUEST, "billing", Priority.HIGH, null, Instant.now());

        scenario.publish(opened).andWaitForStateChange(() -> deliveries(wantsCases), n -> n == 1);
        scenario.publish(opened).andWaitForStateChange(() -> deliveries(wantsCases), n -> n == 1);
        scenario.publish(new HandoffQueued(5L, 77L, "billing", Instant.now()))
                .andWaitForStateChange(() -> deliveries(wantsCases), n -> n == 2)
                .andVerify(n -> {
                    assertThat(deliveries(wantsSchedules)).isZero();
                    assertThat(jdbc.sql(
                                            "select count(distinct subject) from webhook_delivery where subscription_id = ?")
                                    .param(wantsCases)
                                    .query(Long.class)
                                    .single())
                            .as("a case's events share its subject, so they keep their order")
                            .isEqualTo(1);
                });
    }

    @Test
    void everyEventOfTheCatalogueDeliveredTwiceMakesOneDeliveryEach(Scenario scenario) {
        long wantsAll = subscription(String.join(
                ",",
                EventCatalogue.TYPES.stream()
                        .map(EventCatalogue.EventType::name)
                        .toList()));
        List<Object> examples = EventCatalogue.RELAYS.stream()
                .<Object>map(EventCatalogue.Relay::example)
                .toList();

        for (Object example : examples) {
            scenario.publish(example).andWaitForStateChange(() -> deliveries(wantsAll), n -> n > 0);
        }
        for (Object example : examples) {
            scenario.publish(example).andWaitForStateChange(() -> deliveries(wantsAll), n -> n >= examples.size());
        }
        // an event no webhook hears of is left alone, and makes no delivery
        scenario.publish(new NotRelayed(1L)).andWaitForStateChange(() -> deliveries(wantsAll), n -> true);

        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> deliveries(wantsAll) == examples.size());
        assertThat(jdbc.sql("select event_type from webhook_delivery where subscription_id = ?")
                        .param(wantsAll)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalogue.RELAYS.stream().map(r -> r.type().name()).toList());
    }

    @Test
    void theRegistryRecordsTheRelayOfACatalogueEventBeforeItsTransactionCommitsAndOfNoOtherEvent(Scenario scenario) {
        long wantsPolicies = subscription("policy.published");
        long versionId = 700_000_000L + System.nanoTime() % 1_000_000L;
        PolicyVersionPublished published =
                new PolicyVersionPublished(versionId, 9L, PolicyCategory.TELEWORK, LocalDate.of(2027, 1, 1));

        // read inside the publishing transaction: the publication is written with it, so a crash after the
        // commit leaves it incomplete in the registry, and it is relayed again
        long[] recorded = transactions.execute(status -> {
            events.publishEvent(published);
            events.publishEvent(new NotRelayed(versionId));
            return new long[] {
                relayPublications("%PolicyVersionPublished", "%" + versionId + "%"),
                relayPublications("%NotRelayed", "%")
            };
        });
        assertThat(recorded).containsExactly(1L, 0L);

        scenario.publish(new NotRelayed(versionId + 1))
                .andWaitForStateChange(
                        () -> jdbc.sql(
                                        "select count(*) from webhook_delivery where subscription_id = ? and body like ?")
                                .params(wantsPolicies, "%\"versionId\":" + versionId + "%")
                                .query(Long.class)
                                .single(),
                        n -> n == 1);
    }

    private long relayPublications(String eventType, String serialized) {
        return jdbc.sql(
                        """
                select count(*) from event_publication
                where listener_id = 'webhooks-relay' and event_type like ? and serialized_event like ?""")
                .params(eventType, serialized)
                .query(Long.class)
                .single();
    }

    /** An event of no module's catalogue entry. */
    record NotRelayed(long id) {}

    private long deliveries(long subscription) {
        return jdbc.sql("select count(*) from webhook_delivery where subscription_id = ?")
                .param(subscription)
                .query(Long.class)
                .single();
    }

    private long subscription(String types) {
        String secret = "whsec_module_test_" + types.hashCode();
        jdbc.sql(
                        """
                insert into webhook_subscription (url, event_types, secret, paused_at, created_at, created_by)
                values ('http://127.0.0.1:9/nowhere', ?, ?, ?, ?, 'test')""")
                .params(types, secret, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("select id from webhook_subscription where secret = ?")
                .param(secret)
                .query(Long.class)
                .single();
    }
}
