package dev.kantor.policies.acknowledgements;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import dev.kantor.people.People;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.ArrangementPolicies;
import dev.kantor.policies.handbook.PolicyStore;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.AtOnce;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policies end to end through the REST API, on the demo company's handbook: what applies to whom (and what it
 * allows of telework), writing and publishing under decisions, sign-offs and the conflict check, 409 on stale
 * versions, who may do what, acknowledgements and HR's report, and reminders sent once when two nodes race for
 * them. Everything a test writes is removed after it, so that the handbook other tests read stays the demo's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PoliciesApiContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    ArrangementPolicies arrangements;

    @Autowired
    AcknowledgementStore store;

    @Autowired
    ReminderSettings settings;

    @Autowired
    PolicyStore policies;

    @Autowired
    StaffMail mail;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    dev.kantor.platform.BusinessZone zone;

    @Autowired
    java.time.Clock clock;

    @Value("${kantor.public-url:http://localhost:8080}")
    String publicUrl;

    long accounting;
    long siti;
    long firstPolicy;

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    @BeforeEach
    void remember() {
        accounting = people.departments().stream()
                .filter(d -> d.getCode().equals("ACCOUNTING"))
                .findFirst()
                .orElseThrow()
                .getId();
        siti = people.employeeByEmail("siti.rahmawati@sinarmaju.example")
                .orElseThrow()
                .getId();
        firstPolicy = jdbc.sql("select coalesce(max(id), 0) + 1 from policy")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        jdbc.sql("delete from staff_mail where event_key like 'policy-reminder:%'")
                .update();
        jdbc.sql("delete from policy_reminder_run").update();
        jdbc.sql("delete from policy_acknowledgement where version_id in "
                        + "(select id from policy_version where policy_id >= ?)")
                .param(firstPolicy)
                .update();
        jdbc.sql("delete from policy_version where policy_id >= ?")
                .param(firstPolicy)
                .update();
        jdbc.sql("delete from policy where id >= ?").param(firstPolicy).update();
        jdbc.sql("delete from policy_decision where category in ('OTHER', 'SAFETY')")
                .update();
    }

    String draft(String title, String scopeKind, String targets, LocalDate from) {
        return """
                {"titleEn": "%s", "titleId": "%s (id)", "bodyEn": "Read this.", "bodyId": "Baca ini.",
                 "scopeKind": "%s", "scopeTargets": [%s], "effectiveFrom": "%s"}"""
                .formatted(title, title, scopeKind, targets, from);
    }

    Answer newPolicy(String category, String draft) throws Exception {
        return call("hr", "POST", "/api/policies", "{\"category\": \"%s\", \"draft\": %s}".formatted(category, draft));
    }

    @Test
    void theDemoHandbookLetsTheBackOfficeTeleworkAndNotTheCounter() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        ArrangementAllowance accountant = arrangements.allowance(siti, ArrangementKind.TELEWORK, today);
        assertThat(accountant.allowed()).isTrue();
        assertThat(accountant.teleworkDaysPerWeek()).isEqualTo(2);
        assertThat(accountant.policyVersionId()).isPresent();
        long agus = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        assertThat(arrangements.allowance(agus, ArrangementKind.TELEWORK, today).allowed())
                .isFalse();
        ArrangementAllowance flextime = arrangements.allowance(siti, ArrangementKind.FLEXTIME, today);
        assertThat(flextime.coreFrom()).contains(java.time.LocalTime.of(10, 0));
        assertThat(flextime.coreUntil()).contains(java.time.LocalTime.of(15, 0));

        Answer mine = call("accountant", "GET", "/api/policies/mine?size=200", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().findValuesAsString("title"))
                .contains("Smart casual in the back offices", "Telework in the back offices", "Code of conduct");
        Answer matrix = call("hr", "GET", "/api/policies/matrix", null);
        assertThat(matrix.status()).isEqualTo(200);
        assertThat(matrix.body().get("rows")).hasSize(8);
        // a place where no policy of a category applies is an empty cell, never a null
        matrix.body().get("rows").forEach(row -> assertThat(row.get("cells"))
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.isObject()).isTrue()));
    }

    @Test
    void employeesNeitherWriteNorPublishNorSeeDrafts() throws Exception {
        Answer refused = call(
                "agent",
                "POST",
                "/api/policies",
                "{\"category\": \"OTHER\", \"draft\": %s}"
                        .formatted(draft("Agents' rule", "EVERYONE", "", LocalDate.now())));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Answer created = newPolicy("OTHER", draft("Lockers", "EVERYONE", "", LocalDate.now()));
        assertThat(created.status()).isEqualTo(201);
        long versionId = created.body().get("id").asLong();
        assertThat(call("agent", "GET", "/api/policies/versions/" + versionId, null)
                        .status())
                .isEqualTo(404);
        assertThat(call("manager", "GET", "/api/policies/versions/" + versionId, null)
                        .status())
                .isEqualTo(404);
        assertThat(call("agent", "GET", "/api/policies?size=200", null).body().findValuesAsString("titleEn"))
                .doesNotContain("Lockers");
        assertThat(call("agent", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}")
                        .status())
                .isEqualTo(403);
        assertThat(call(
                                "accountant",
                                "PUT",
                                "/api/policies/decisions/OTHER",
                                "{\"approach\": \"PER_ENVIRONMENT\", \"reason\": \"mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(call("hr", "GET", "/api/policies/versions/" + versionId, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        Answer answer = newPolicy("OTHER", draft("", "DEPARTMENTS", "", LocalDate.now()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsString("field")).contains("titleEn", "scopeTargets");

        Answer telework = newPolicy("TELEWORK", draft("Telework", "EVERYONE", "", LocalDate.now()));
        assertThat(telework.body().get("errors").findValuesAsString("field")).contains("arrangementAllowed");
    }

    @Test
    void aVersionForAnEnvironmentNeedsTheDecisionASignOffAndNoConflict() throws Exception {
        String forAccounting = draft("Desk lamps", "DEPARTMENTS", "\"" + accounting + "\"", LocalDate.now());
        long versionId = newPolicy("SAFETY", forAccounting).body().get("id").asLong();

        // management has not decided SAFETY: only a version for everyone may be published
        Answer undecided = call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}");
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(call(
                                "manager",
                                "PUT",
                                "/api/policies/decisions/SAFETY",
                                "{\"approach\": \"PER_ENVIRONMENT\", \"reason\": \"The warehouse differs.\"}")
                        .status())
                .isEqualTo(200);
        Answer unsigned = call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}");
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.body().get("type").asString()).endsWith("policies-publish-needs-sign-off");

        assertThat(call("hr", "POST", "/api/policies/decisions/SAFETY/sign-off", "{\"version\": 0}")
                        .status())
                .isEqualTo(403);
        Answer signed = call("manager", "POST", "/api/policies/decisions/SAFETY/sign-off", "{\"version\": 0}");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body().get("signedOffBy").asString()).isEqualTo("manager");
        Answer staleSignOff = call("manager", "POST", "/api/policies/decisions/SAFETY/sign-off", "{\"version\": 0}");
        assertThat(staleSignOff.status()).isEqualTo(409);

        // the decision is signed off, but a manager has not signed off this version
        Answer versionUnsigned =
                call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}");
        assertThat(versionUnsigned.status()).isEqualTo(422);
        assertThat(versionUnsigned.body().get("type").asString()).endsWith("policies-publish-needs-version-sign-off");
        // neither HR nor an agent signs off a version; the manager reads the draft they are to sign
        assertThat(call("hr", "POST", "/api/policies/versions/" + versionId + "/sign-off", "{\"version\": 0}")
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "POST", "/api/policies/versions/" + versionId + "/sign-off", "{\"version\": 0}")
                        .status())
                .isEqualTo(403);
        assertThat(call("manager", "GET", "/api/policies/versions/" + versionId, null)
                        .body()
                        .get("needsSignOff")
                        .asBoolean())
                .isTrue();
        Answer versionSigned =
                call("manager", "POST", "/api/policies/versions/" + versionId + "/sign-off", "{\"version\": 0}");
        assertThat(versionSigned.status()).isEqualTo(200);
        assertThat(versionSigned.body().get("signedOffBy").asString()).isEqualTo("manager");
        assertThat(versionSigned.body().hasNonNull("signedOffAt")).isTrue();
        assertThat(call("manager", "POST", "/api/policies/versions/" + versionId + "/sign-off", "{\"version\": 0}")
                        .status())
                .isEqualTo(409);

        // an edit that changes nothing keeps the sign-off; a changed text needs signing again
        Answer unchanged = call(
                "hr",
                "PUT",
                "/api/policies/versions/" + versionId,
                "{\"draft\": %s, \"version\": 1}".formatted(forAccounting));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.body().get("signedOffBy").asString()).isEqualTo("manager");
        String changedText = forAccounting.replace("Read this.", "Read this twice.");
        Answer changed = call(
                "hr",
                "PUT",
                "/api/policies/versions/" + versionId,
                "{\"draft\": %s, \"version\": 2}".formatted(changedText));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().hasNonNull("signedOffBy")).isFalse();
        Answer signedBefore =
                call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 3}");
        assertThat(signedBefore.status()).isEqualTo(422);
        assertThat(call("manager", "POST", "/api/policies/versions/" + versionId + "/sign-off", "{\"version\": 3}")
                        .status())
                .isEqualTo(200);
        Answer stale = call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 3}");
        assertThat(stale.status()).isEqualTo(409);
        Answer published = call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 4}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.body().get("signedOffBy").asString()).isEqualTo("manager");
        assertThat(call(
                                "hr",
                                "PUT",
                                "/api/policies/versions/" + versionId,
                                "{\"draft\": %s, \"version\": 5}".formatted(forAccounting))
                        .status())
                .isEqualTo(409);

        // everyone in Accounting is asked, nobody else
        long asked = jdbc.sql("select count(*) from policy_acknowledgement where version_id = ?")
                .param(versionId)
                .query(Long.class)
                .single();
        assertThat(asked).isEqualTo(people.headcountByDepartment().get(accounting));
        assertThat(store.of(versionId, siti)).isPresent();

        // a second SAFETY policy for Accounting would apply to the same people at the same level
        long rival = newPolicy("SAFETY", draft("Desk chairs", "DEPARTMENTS", "\"" + accounting + "\"", LocalDate.now()))
                .body()
                .get("id")
                .asLong();
        call("manager", "POST", "/api/policies/versions/" + rival + "/sign-off", "{\"version\": 0}");
        Answer conflict = call("hr", "POST", "/api/policies/versions/" + rival + "/publish", "{\"version\": 1}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("conflictingVersions").get(0).asLong()).isEqualTo(versionId);
        assertThat(call("hr", "GET", "/api/policies/versions/" + rival + "/conflicts", null)
                        .body()
                        .findValuesAsString("titleEn"))
                .containsExactly("Desk lamps");

        // the old version stays readable after a new one is published
        long policyId = published.body().get("policyId").asLong();
        Answer second = call(
                "hr",
                "POST",
                "/api/policies/" + policyId + "/versions",
                draft("Desk lamps v2", "DEPARTMENTS", "\"" + accounting + "\"", LocalDate.now()));
        assertThat(second.status()).isEqualTo(201);
        assertThat(call("accountant", "GET", "/api/policies/" + policyId + "/versions", null)
                        .items())
                .hasSize(1);
        assertThat(call("hr", "GET", "/api/policies/" + policyId + "/versions", null)
                        .items())
                .hasSize(2);

        // written, signed off twice, changed and published, each in the audit trail (the unchanged edit changed
        // nothing worth an entry)
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'policy-version' and entity_id = ?")
                        .param(versionId)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("CREATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'policy-decision'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void anEmployeeAcknowledgesOnceAndHrSeesIt() throws Exception {
        long versionId = newPolicy("OTHER", draft("Parking", "EVERYONE", "", LocalDate.now()))
                .body()
                .get("id")
                .asLong();
        assertThat(call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}")
                        .status())
                .isEqualTo(200);
        Answer open = call("accountant", "GET", "/api/policies/mine/to-acknowledge?size=200", null);
        assertThat(open.body().findValuesAsString("title")).contains("Parking");

        Answer first = call("accountant", "POST", "/api/policies/versions/" + versionId + "/acknowledgement", null);
        assertThat(first.body().get("acknowledgedNow").asBoolean()).isTrue();
        Answer again = call("accountant", "POST", "/api/policies/versions/" + versionId + "/acknowledgement", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("acknowledgedNow").asBoolean()).isFalse();
        assertThat(call("accountant", "GET", "/api/policies/mine/to-acknowledge?size=200", null)
                        .body()
                        .findValuesAsString("title"))
                .doesNotContain("Parking");

        Answer report = call("hr", "GET", "/api/policies/acknowledgements/report?versionId=" + versionId, null);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("done").asLong()).isEqualTo(1);
        assertThat(report.body().get("asked").asLong())
                .isEqualTo(people.activeEmployees().size());
        assertThat(call("accountant", "GET", "/api/policies/acknowledgements/report", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void eachReminderRoundIsSentOnceWhenTwoNodesRace() throws Exception {
        long versionId = newPolicy("OTHER", draft("Fire drill", "EVERYONE", "", LocalDate.now()))
                .body()
                .get("id")
                .asLong();
        call("hr", "POST", "/api/policies/versions/" + versionId + "/publish", "{\"version\": 0}");
        call("accountant", "POST", "/api/policies/versions/" + versionId + "/acknowledgement", null);

        AcknowledgementReminders one = node();
        AcknowledgementReminders two = node();
        java.time.Instant later = clock.instant().plus(Duration.ofDays(8));
        int versionsOpen = store.versionsWithOpen().size();
        List<Integer> sent =
                AtOnce.run(List.<Callable<Integer>>of(() -> one.remindAt(later), () -> two.remindAt(later)));

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(versionsOpen);
        assertThat(jdbc.sql("select count(*) from policy_reminder_run where version_id = ?")
                        .param(versionId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long mails = jdbc.sql("select count(*) from staff_mail where event_key = ?")
                .param("policy-reminder:" + versionId + ":1")
                .query(Long.class)
                .single();
        assertThat(mails).isEqualTo(store.openFor(versionId).size());
        assertThat(jdbc.sql("select count(*) from staff_mail where event_key = ? and recipient = ?")
                        .params("policy-reminder:" + versionId + ":1", "siti.rahmawati@sinarmaju.example")
                        .query(Long.class)
                        .single())
                .isZero();

        // the same day again: nothing more; the next round after another week
        assertThat(one.remindAt(later)).isZero();
        assertThat(one.remindAt(later.plus(Duration.ofDays(7)))).isEqualTo(versionsOpen);
    }

    AcknowledgementReminders node() {
        return new AcknowledgementReminders(
                store, settings, policies, people, mail, jdbc, transactions, zone, clock, publicUrl);
    }
}
