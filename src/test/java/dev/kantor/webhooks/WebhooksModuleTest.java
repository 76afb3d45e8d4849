package dev.kantor.webhooks;

import java.sql.Timestamp;
import java.time.Instant;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.routing.HandoffQueued;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks module on its own, with the platform only: an event of another module becomes one
 * delivery per subscription that wants it, once however often the event is delivered, and none for
 * a subscription that does not want it. (The subscription is paused, so that nothing is sent here.)
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class WebhooksModuleTest {

    @Autowired
    JdbcClient jdbc;

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

    private long deliveries(long subscription) {
        return jdbc.sql("select count(*) from webhook_delivery where subscription_id = ?")
                .param(subscription)
                .query(Long.class)
                .single();
    }

    private long subscription(String types) {
        String secret = "whsec_module_test_" + types;
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
