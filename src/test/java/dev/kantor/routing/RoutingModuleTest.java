package dev.kantor.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.kantor.people.SkillsChanged;
import dev.kantor.people.Whereabouts;
import dev.kantor.people.WhereaboutsChanged;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.handoffs.Handoff;
import dev.kantor.routing.handoffs.HandoffRequest;
import dev.kantor.routing.handoffs.HandoffStart;
import dev.kantor.routing.handoffs.OfferAnswers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

/**
 * Routing on its own, with the people, calendar and platform modules it uses and the cases module
 * mocked behind {@link HandoffCases}: each handoff step is published as its event, and people's
 * {@link SkillsChanged} reaches "who can help" without waiting for anything kept to run out.
 * The organisation is written straight into people's tables, as if stored without telling anyone,
 * so that only the event can make routing read it again.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RoutingModuleTest {

    static final long CASE_ID = 4711;

    @MockitoBean
    HandoffCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TopicCatalogue topics;

    @Autowired
    WhoCanHelp whoCanHelp;

    @Autowired
    PresenceBoard presence;

    @Autowired
    HandoffStart handoffs;

    @Autowired
    OfferAnswers answers;

    @Autowired
    Whereabouts whereabouts;

    String topic;
    long skill;
    long position;
    long sender;
    long helper;

    @BeforeEach
    void anOrganisationWithATopicAndSomeoneAvailableForIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long department = insert(
                "insert into department (code, name_en, name_id) values (?, 'Service', 'Layanan')", "D" + unique);
        position = insert(
                """
                insert into job_position (code, title_en, title_id, department_id, customer_contact)
                values (?, 'Agent', 'Agen', ?, 'CONSTANT')""",
                "P" + unique,
                department);
        skill = insert("insert into skill (code, name_en, name_id) values (?, 'Returns', 'Retur')", "s-" + unique);
        sender = employee("Sender " + unique);
        helper = employee("Helper " + unique);
        hasSkill(helper, 4);
        presence.set(helper, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        topic = "t-" + unique;
        SystemUser.run(() -> topics.create(
                topic,
                new TopicDetails(
                        "Returns " + unique,
                        "Retur " + unique,
                        department,
                        10,
                        true,
                        List.of(new TopicSkill(skill, 3)))));
        given(cases.find(anyLong()))
                .willAnswer(call -> Optional.of(new HandoffCase(
                        call.getArgument(0), "KTR-" + unique, "A blender", topic, null, "Bu Ani", "id", false, false)));
    }

    @Test
    void startingAHandoffPublishesThatItStartedAndWhoItIsOffered(Scenario scenario) {
        scenario.stimulate(() -> SystemUser.callAs(sender, Role.STAFF, () -> handoffs.start(aHandoffOfTheCase())))
                .andWaitForStateChange(() -> jdbc.sql("select offered_to from handoff where sender_id = ?")
                        .param(sender)
                        .query(Long.class)
                        .optional())
                .andVerifyEvents(events -> {
                    assertThat(events)
                            .contains(HandoffStarted.class)
                            .matching(HandoffStarted::senderId, sender)
                            .matching(HandoffStarted::caseId, CASE_ID)
                            .matching(HandoffStarted::note, "She has the receipt.");
                    assertThat(events)
                            .contains(HandoffOffered.class)
                            .matching(HandoffOffered::senderId, sender)
                            .matching(HandoffOffered::offeredTo, helper)
                            .matching(HandoffOffered::caseId, CASE_ID);
                });
    }

    @Test
    void acceptingPublishesThatTheColleagueAccepted(Scenario scenario) {
        Handoff offered = SystemUser.callAs(sender, Role.STAFF, () -> handoffs.start(aHandoffOfTheCase()));

        scenario.stimulate(() -> SystemUser.callAs(helper, Role.AGENT, () -> answers.accept(offered.getId())))
                .andWaitForEventOfType(HandoffAccepted.class)
                .matching(accepted -> accepted.handoffId() == offered.getId())
                .toArriveAndVerify(accepted -> {
                    assertThat(accepted.receiverId()).isEqualTo(helper);
                    assertThat(accepted.caseId()).isEqualTo(CASE_ID);
                });
    }

    @Test
    void someoneWhoJustGainedTheSkillsIsAmongTheHelpersOnceTheirSkillsChangedOnceEvenIfToldTwice(Scenario scenario) {
        long newcomer = employee("Newcomer");
        presence.set(newcomer, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        assertThat(helpers()).contains(helper).doesNotContain(newcomer);

        hasSkill(newcomer, 5);
        assertThat(helpers())
                .as("who qualifies is kept until people say it changed")
                .doesNotContain(newcomer);

        scenario.publish(new SkillsChanged(newcomer))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(this::helpers, helpers -> helpers.contains(newcomer))
                .andVerify(helpers -> assertThat(helpers).containsOnlyOnce(newcomer, helper));

        scenario.publish(new SkillsChanged(newcomer))
                .andWaitForStateChange(this::helpers, helpers -> helpers.contains(newcomer))
                .andVerify(helpers ->
                        assertThat(helpers).as("told twice, listed once").containsOnlyOnce(newcomer));
    }

    /**
     * Another node heard of the change, or made it: it counted it in the database. This node reads
     * again within a second of the count, without any event of its own.
     */
    @Test
    void aChangeCountedOnAnotherNodeIsSeenHereWithinASecond() {
        long newcomer = employee("Newcomer elsewhere");
        presence.set(newcomer, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        assertThat(helpers()).doesNotContain(newcomer);
        assertThat(topics.name(topic, Locale.ENGLISH)).startsWith("Returns");

        hasSkill(newcomer, 5);
        jdbc.sql("update topic set name_en = 'Refunds' where code = ?")
                .param(topic)
                .update();
        jdbc.sql("update routing_change set changes = changes + 1").update();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(helpers()).contains(newcomer);
            assertThat(topics.name(topic, Locale.ENGLISH)).isEqualTo("Refunds");
        });
    }

    /**
     * A helper says they work remotely today: a colleague who asks next on this node sees it at once; when they
     * are back, another node that counted the change in the database makes this one read again within a second.
     */
    @Test
    void aHelperWorkingRemotelyIsShownSoAtOnceHereAndWithinASecondOfAChangeCountedOnAnotherNode(Scenario scenario) {
        assertThat(remote(helper)).isFalse();

        SystemUser.callAs(helper, Role.STAFF, () -> {
            whereabouts.record(helper, new Whereabouts.Place("Desk 4", null, null, true));
            return null;
        });
        assertThat(remote(helper)).as("on the node that heard it, at once").isTrue();

        // back in the office, written on another node, which counted the change
        jdbc.sql("update employee set remote_on = null where id = ?")
                .param(helper)
                .update();
        jdbc.sql("update routing_change set changes = changes + 1 where subject = 'whereabouts'")
                .update();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(remote(helper)).isFalse());

        // told twice: read again, nothing else
        scenario.publish(new WhereaboutsChanged(helper))
                .andWaitForStateChange(() -> remote(helper), remote -> !remote)
                .andVerify(remote -> assertThat(helpers()).containsOnlyOnce(helper));
        scenario.publish(new WhereaboutsChanged(helper))
                .andWaitForStateChange(() -> remote(helper), remote -> !remote)
                .andVerify(remote -> assertThat(helpers()).containsOnlyOnce(helper));
    }

    boolean remote(long employee) {
        return whoCanHelp.ask(topic, null, Set.of(), WhoCanHelp.MOST_HELPERS).helpers().stream()
                .filter(c -> c.id() == employee)
                .findFirst()
                .orElseThrow()
                .remote();
    }

    List<Long> helpers() {
        return whoCanHelp.ask(topic, null, Set.of(), WhoCanHelp.MOST_HELPERS).helpers().stream()
                .map(Candidate::id)
                .toList();
    }

    HandoffRequest aHandoffOfTheCase() {
        return new HandoffRequest(CASE_ID, null, null, null, topic, "id", "She has the receipt.", null);
    }

    long employee(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return insert(
                """
                insert into employee (employee_number, full_name, email, position_id)
                values (?, ?, ?, ?)""",
                "E" + unique,
                name,
                unique + "@example.com",
                position);
    }

    void hasSkill(long employee, int level) {
        jdbc.sql("insert into employee_skill (employee, skill_id, skill_level) values (?, ?, ?)")
                .params(employee, skill, level)
                .update();
    }

    long insert(String sql, Object... params) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKey().longValue();
    }

    @Test
    void aHandoffOfferDeliveredTwiceIsInTheColleaguesNotificationsOnce(Scenario scenario) {
        HandoffOffered offered =
                new HandoffOffered(9301, CASE_ID, 4241, 4242, Instant.now().truncatedTo(ChronoUnit.MICROS));
        Supplier<Long> told = () -> jdbc.sql(
                        "select count(*) from notification where event_key = 'handoff:9301:4242' and recipient_id = 4242")
                .query(Long.class)
                .single();

        scenario.publish(offered).andWaitForStateChange(told, n -> n > 0).andVerify(n -> assertThat(n)
                .isEqualTo(1));
        scenario.publish(offered).andWaitForStateChange(told, n -> n > 0).andVerify(n -> assertThat(n)
                .isEqualTo(1));
        assertThat(jdbc.sql("select link from notification where event_key = 'handoff:9301:4242'")
                        .query(String.class)
                        .single())
                .isEqualTo("/handoffs/9301");
    }
}
