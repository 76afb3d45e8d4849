package dev.kantor.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.work.CaseWork;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffQueued;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases module on its own and the modules it depends on (routing, people, calendar,
 * platform): the facts it publishes, and its listeners to routing's handoffs, which change a case
 * once however often an event is delivered.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CasesModuleTest {

    /** An agent and a colleague; the cases module keeps their ids and asks people for nothing more here. */
    static final long AGENT = 4201;

    static final long COLLEAGUE = 4202;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    static NewCase contact(Channel channel) {
        return new NewCase(
                "Wulan Sari",
                "wulan." + UUID.randomUUID() + "@example.com",
                null,
                "id",
                channel,
                CaseType.COMPLAINT,
                "returns",
                null,
                "Kulkas rusak saat diantar",
                "Pintu kulkas penyok saat tiba.");
    }

    /** A walk-in the agent logged, and so owns. */
    CustomerCase walkIn() {
        return SystemUser.callAs(AGENT, Role.AGENT, () -> intake.open(contact(Channel.WALK_IN), AGENT))
                .customerCase();
    }

    long entries(long caseId, String kind) {
        return jdbc.sql("select count(*) from case_entry where case_id = ? and kind = ?")
                .params(caseId, kind)
                .query(Long.class)
                .single();
    }

    Long ownerOf(long caseId) {
        return cases.findById(caseId).orElseThrow().getOwnerId();
    }

    @Test
    void openingACasePublishesCaseOpened(Scenario scenario) {
        scenario.stimulate(() -> intake.open(contact(Channel.WEB), null).customerCase())
                .andWaitForEventOfType(CaseOpened.class)
                .toArriveAndVerify((opened, c) -> {
                    assertThat(opened.caseId()).isEqualTo(c.getId());
                    assertThat(opened.reference()).isEqualTo(c.getReference());
                    assertThat(opened.channel()).isEqualTo(Channel.WEB);
                    assertThat(opened.type()).isEqualTo(CaseType.COMPLAINT);
                    assertThat(opened.topic()).isEqualTo("returns");
                    assertThat(opened.priority()).isEqualTo(Priority.HIGH);
                    assertThat(opened.loggedBy()).isNull();
                    assertThat(opened.at()).isEqualTo(c.getOpenedAt());
                });
    }

    @Test
    void resolvingACasePublishesCaseResolved(Scenario scenario) {
        CustomerCase c = walkIn();

        scenario.stimulate(() -> SystemUser.callAs(
                        AGENT, Role.AGENT, () -> work.changeStatus(c.getId(), CaseStatus.RESOLVED, c.getVersion())))
                .andWaitForEventOfType(CaseResolved.class)
                .matching(resolved -> resolved.caseId() == c.getId())
                .toArriveAndVerify(resolved -> {
                    assertThat(resolved.reference()).isEqualTo(c.getReference());
                    assertThat(resolved.by()).isEqualTo(AGENT);
                    assertThat(resolved.ownerId()).isEqualTo(AGENT);
                    assertThat(resolved.type()).isEqualTo(CaseType.COMPLAINT);
                    assertThat(resolved.openedAt()).isEqualTo(c.getOpenedAt());
                });
    }

    @Test
    void anAcceptedHandoffDeliveredTwiceMakesTheReceiverOwnerOnce(Scenario scenario, AssertablePublishedEvents events) {
        CustomerCase c = walkIn();
        HandoffAccepted accepted =
                new HandoffAccepted(9001, c.getId(), COLLEAGUE, Instant.now().truncatedTo(ChronoUnit.MICROS));

        scenario.publish(accepted)
                .andWaitForStateChange(() -> ownerOf(c.getId()), owner -> owner != null && owner == COLLEAGUE)
                .andVerify(owner -> assertThat(entries(c.getId(), "OWNER")).isEqualTo(1));
        // delivered again, as after a crash or by redelivery
        scenario.publish(accepted)
                .andWaitForStateChange(() -> entries(c.getId(), "OWNER"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        assertThat(ownerOf(c.getId())).isEqualTo(COLLEAGUE);
        assertThat(events.ofType(CaseAssigned.class).matching(e -> e.caseId() == c.getId()))
                .singleElement()
                .satisfies(assigned -> {
                    assertThat(assigned.ownerId()).isEqualTo(COLLEAGUE);
                    assertThat(assigned.previousOwnerId()).isEqualTo(AGENT);
                    assertThat(assigned.by()).isEqualTo(COLLEAGUE);
                    assertThat(assigned.at()).isEqualTo(accepted.at());
                });
        assertThat(jdbc.sql("select count(*) from customer_contact where case_id = ? and employee_id = ?")
                        .params(c.getId(), COLLEAGUE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aQueuedHandoffDeliveredTwiceUnassignsTheCaseOnce(Scenario scenario, AssertablePublishedEvents events) {
        CustomerCase c = walkIn();
        HandoffQueued queued =
                new HandoffQueued(9002, c.getId(), "returns", Instant.now().truncatedTo(ChronoUnit.MICROS));

        scenario.publish(queued)
                .andWaitForStateChange(() -> entries(c.getId(), "HANDOFF_QUEUED"), count -> count > 0)
                .andVerify(count -> assertThat(ownerOf(c.getId())).isNull());
        scenario.publish(queued)
                .andWaitForStateChange(() -> entries(c.getId(), "HANDOFF_QUEUED"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        assertThat(events.ofType(CaseAssigned.class).matching(e -> e.caseId() == c.getId()))
                .singleElement()
                .satisfies(unassigned -> {
                    assertThat(unassigned.ownerId()).isNull();
                    assertThat(unassigned.previousOwnerId()).isEqualTo(AGENT);
                    assertThat(unassigned.by()).isNull();
                });
    }

    long notifications(String eventKey, long recipient) {
        return jdbc.sql("select count(*) from notification where event_key = ? and recipient_id = ?")
                .params(eventKey, recipient)
                .query(Long.class)
                .single();
    }

    @Test
    void aHelpRequestDeliveredTwiceNotifiesTheManagerOnce(Scenario scenario) {
        CustomerCase c = walkIn();
        HelpRequested asked = new HelpRequested(
                9101,
                c.getId(),
                c.getReference(),
                AGENT,
                COLLEAGUE,
                "The customer wants a new unit",
                Instant.now().truncatedTo(ChronoUnit.MICROS));

        scenario.publish(asked)
                .andWaitForStateChange(() -> notifications("help:9101", COLLEAGUE), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
        scenario.publish(asked)
                .andWaitForStateChange(() -> notifications("help:9101", COLLEAGUE), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    @Test
    void anApprovalAskedAndThenMovedToTheSamePersonNotifiesThemOnce(Scenario scenario) {
        CustomerCase c = walkIn();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApprovalRequested requested = new ApprovalRequested(
                9201, c.getId(), c.getReference(), ResolutionType.REFUND, 1_000_000, AGENT, COLLEAGUE, now);
        ApprovalEscalated moved = new ApprovalEscalated(
                9201,
                c.getId(),
                c.getReference(),
                ResolutionType.REFUND,
                1_000_000,
                AGENT,
                4203,
                COLLEAGUE,
                "OFF_DUTY",
                now);

        scenario.publish(requested)
                .andWaitForStateChange(() -> notifications("approval:9201:" + COLLEAGUE, COLLEAGUE), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(moved)
                .andWaitForStateChange(() -> notifications("approval:9201:" + COLLEAGUE, COLLEAGUE), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    long notificationsOf(long recipient, String kind, long caseId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and kind = ? and link = ?")
                .params(recipient, kind, "/cases/" + caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void aCaseGivenToAColleagueAndTheCustomersReplyEachNotifyTheOwnerOnce(Scenario scenario) {
        CustomerCase c = walkIn();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CaseAssigned given = new CaseAssigned(c.getId(), c.getReference(), COLLEAGUE, AGENT, AGENT, now);
        CustomerMessageReceived wrote = new CustomerMessageReceived(c.getId(), c.getReference(), AGENT, now);

        scenario.publish(given)
                .andWaitForStateChange(() -> notificationsOf(COLLEAGUE, "CASE", c.getId()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(given)
                .andWaitForStateChange(() -> notificationsOf(COLLEAGUE, "CASE", c.getId()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(wrote)
                .andWaitForStateChange(() -> notificationsOf(AGENT, "CUSTOMER", c.getId()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(wrote)
                .andWaitForStateChange(() -> notificationsOf(AGENT, "CUSTOMER", c.getId()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }
}
