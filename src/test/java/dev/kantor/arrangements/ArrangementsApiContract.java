package dev.kantor.arrangements;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import dev.kantor.people.RemoteWork;
import dev.kantor.scheduling.CalendarEntries;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work arrangements end to end over HTTP, as the demo company uses them: the accountant asks for two telework
 * days, Accounting's manager (and nobody else) approves them once (409 on a stale version), both are told, and the
 * approved days make the accountant remote and show in their calendar; the front desk is told the policy does not
 * allow it; everyone else is refused what is not theirs. Runs on H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ArrangementsApiContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RemoteWork remoteWork;

    @Autowired
    CalendarEntries calendarEntries;

    private final List<Long> filed = new ArrayList<>();

    /** The newest arrangement before the test: what a test filed but failed before noting is removed too. */
    private long before;

    Answer call(String user, String method, String path, String body) throws Exception {
        return ApiCalls.call(port, user, method, path, body);
    }

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** A Tuesday far enough ahead that no demo arrangement runs then. */
    static LocalDate farTuesday() {
        return LocalDate.now().plusWeeks(11).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    JsonNode file(String user, String body) throws Exception {
        Answer answer = call(user, "POST", "/api/arrangements", body);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        filed.add(answer.body().get("arrangement").get("id").asLong());
        return answer.body();
    }

    @BeforeEach
    void noteTheNewestArrangement() {
        before = jdbc.sql("select coalesce(max(id), 0) from work_arrangement")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void forgetWhatWasFiled() {
        filed.addAll(jdbc.sql("select id from work_arrangement where id > ?")
                .param(before)
                .query(Long.class)
                .list());
        for (long id : filed) {
            jdbc.sql("delete from work_arrangement where id = ?").param(id).update();
            jdbc.sql("delete from notification where event_key like ?")
                    .param("arrangement:" + id + ":%")
                    .update();
        }
        filed.clear();
    }

    void await(String what, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in time: " + what);
            }
            Thread.sleep(100);
        }
    }

    long notices(long recipient, long arrangement) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and event_key like ?")
                .params(recipient, "arrangement:" + arrangement + ":%")
                .query(Long.class)
                .single();
    }

    @Test
    void theAccountantsTwoTeleworkDaysAreApprovedOnceByTheirManagerAndMakeThemRemote() throws Exception {
        LocalDate tuesday = farTuesday();
        long siti = employee("siti.rahmawati@sinarmaju.example");
        long lanny = employee("lanny.halim@sinarmaju.example");

        // when the accountant asks for two telework days
        JsonNode asked = file(
                "accountant",
                """
                {"kind": "TELEWORK", "dates": ["%s", "%s"], "note": "Year-end reconciliations"}"""
                        .formatted(tuesday, tuesday.plusDays(1)));
        JsonNode a = asked.get("arrangement");
        long id = a.get("id").asLong();
        assertThat(a.get("status").asString()).isEqualTo("PENDING");
        assertThat(a.get("validFrom").asString()).isEqualTo(tuesday.toString());
        assertThat(asked.get("may").get("withdraw").asBoolean()).isTrue();
        assertThat(asked.get("may").get("decide").asBoolean()).isFalse();

        // then it waits on their manager, who is told
        await("the manager is told", () -> notices(lanny, id) == 1);
        Answer reports = call("backoffice", "GET", "/api/arrangements?whose=REPORTS&pending=true&size=200", null);
        assertThat(reports.status()).isEqualTo(200);
        assertThat(reports.items()
                        .valueStream()
                        .map(v -> v.get("arrangement").get("id").asLong()))
                .contains(id);
        Answer seen = call("backoffice", "GET", "/api/arrangements/" + id, null);
        assertThat(seen.body().get("may").get("decide").asBoolean()).isTrue();
        assertThat(seen.body().get("employeeName").asString()).isEqualTo("Siti Rahmawati");

        // and the accountant is on no published shift: coverage is not affected
        Answer coverage = call("backoffice", "GET", "/api/arrangements/" + id + "/coverage", null);
        assertThat(coverage.body().get("verdict").asString()).isEqualTo("ALLOWED");
        assertThat(coverage.body().get("shortIntervals")).isEmpty();

        // when the manager approves on a stale version, then 409
        int version = a.get("version").asInt();
        Answer stale = call(
                "backoffice",
                "POST",
                "/api/arrangements/" + id + "/approve",
                "{\"version\": %d, \"reason\": \"Enjoy\"}".formatted(version + 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("type").asString()).endsWith("concurrent-change");

        Answer approved = call(
                "backoffice",
                "POST",
                "/api/arrangements/" + id + "/approve",
                "{\"version\": %d, \"reason\": \"Enjoy the quiet\"}".formatted(version));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("arrangement").get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().get("arrangement").get("decisionReason").asString())
                .isEqualTo("Enjoy the quiet");

        // approving twice decides nothing twice
        Answer again = call(
                "backoffice", "POST", "/api/arrangements/" + id + "/approve", "{\"version\": %d}".formatted(version));
        assertThat(again.status()).isEqualTo(409);

        // then the accountant is told, the change is audited, and the days make them remote and fill their calendar
        await("the employee is told", () -> notices(siti, id) == 1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'work-arrangement' and entity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(remoteWork.remoteOn(List.of(siti, lanny), tuesday)).containsExactly(siti);
        assertThat(remoteWork.remoteOn(List.of(siti), tuesday.plusDays(2))).isEmpty();
        assertThat(calendarEntries.of(siti, tuesday.minusDays(7), tuesday.plusDays(7), Locale.forLanguageTag("id")))
                .extracting(CalendarEntries.Entry::day, CalendarEntries.Entry::summary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(tuesday, "Bekerja dari rumah (kerja jarak jauh)"),
                        org.assertj.core.groups.Tuple.tuple(
                                tuesday.plusDays(1), "Bekerja dari rumah (kerja jarak jauh)"));
    }

    @Test
    void theFrontDeskIsToldThePolicyDoesNotAllowTelework() throws Exception {
        Answer refused = call(
                "agent",
                "POST",
                "/api/arrangements",
                """
                {"kind": "TELEWORK", "weekdays": ["MONDAY", "TUESDAY"], "validFrom": "%s"}"""
                        .formatted(farTuesday()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .isEqualTo("The policy \"On site at the counter\" does not allow you telework.");
        Answer allowance = call("agent", "GET", "/api/arrangements/allowance?kind=TELEWORK", null);
        assertThat(allowance.body().get("allowed").asBoolean()).isFalse();
    }

    @Test
    void onlyTheEmployeeTheirManagerHrAndAdminsSeeAnArrangementAndOnlyTheManagerOrAnAdminDecides() throws Exception {
        JsonNode asked = file(
                "accountant",
                """
                {"kind": "FLEXTIME", "earliestStart": "07:00", "latestEnd": "18:00", "validFrom": "%s"}"""
                        .formatted(farTuesday()));
        long id = asked.get("arrangement").get("id").asLong();
        int version = asked.get("arrangement").get("version").asInt();
        String approve = "{\"version\": %d}".formatted(version);

        assertThat(call("agent", "GET", "/api/arrangements/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("manager", "GET", "/api/arrangements/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("hr", "GET", "/api/arrangements/" + id, null).status()).isEqualTo(200);
        assertThat(call("agent", "POST", "/api/arrangements/" + id + "/approve", approve)
                        .status())
                .isEqualTo(404);
        assertThat(call("accountant", "POST", "/api/arrangements/" + id + "/approve", approve)
                        .status())
                .as("nobody decides their own")
                .isEqualTo(403);
        assertThat(call("hr", "POST", "/api/arrangements/" + id + "/approve", approve)
                        .status())
                .as("HR sees, the manager decides")
                .isEqualTo(403);
        assertThat(call("agent", "POST", "/api/arrangements/" + id + "/withdraw", approve)
                        .status())
                .isEqualTo(404);
        assertThat(call("accountant", "GET", "/api/arrangements?whose=ALL", null)
                        .status())
                .isEqualTo(403);
        Answer all = call("hr", "GET", "/api/arrangements?whose=ALL&size=200", null);
        assertThat(all.items()
                        .valueStream()
                        .map(v -> v.get("arrangement").get("id").asLong()))
                .contains(id);
        Answer agentsOwn = call("agent", "GET", "/api/arrangements?size=200", null);
        assertThat(agentsOwn.items().valueStream().map(v -> v.get("arrangement")
                        .get("id")
                        .asLong()))
                .doesNotContain(id);
    }

    @Test
    void aDeclineNeedsAReasonAndADeclinedArrangementIsNotWithdrawnAgain() throws Exception {
        JsonNode asked = file(
                "accountant",
                """
                {"kind": "TELEWORK", "weekdays": ["FRIDAY"], "validFrom": "%s"}"""
                        .formatted(farTuesday()));
        long id = asked.get("arrangement").get("id").asLong();
        int version = asked.get("arrangement").get("version").asInt();

        Answer noReason = call(
                "backoffice", "POST", "/api/arrangements/" + id + "/decline", "{\"version\": %d}".formatted(version));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Answer declined = call(
                "backoffice",
                "POST",
                "/api/arrangements/" + id + "/decline",
                "{\"version\": %d, \"reason\": \"Closing week\"}".formatted(version));
        assertThat(declined.body().get("arrangement").get("status").asString()).isEqualTo("DECLINED");

        Answer withdraw = call(
                "accountant",
                "POST",
                "/api/arrangements/" + id + "/withdraw",
                "{\"version\": %d}".formatted(version + 1));
        assertThat(withdraw.status()).isEqualTo(422);
    }

    @Test
    void theEmployeeWithdrawsAWaitingArrangement() throws Exception {
        JsonNode asked = file(
                "accountant",
                """
                {"kind": "TELEWORK", "weekdays": ["FRIDAY"], "validFrom": "%s"}"""
                        .formatted(farTuesday()));
        long id = asked.get("arrangement").get("id").asLong();

        Answer withdrawn = call(
                "accountant",
                "POST",
                "/api/arrangements/" + id + "/withdraw",
                "{\"version\": %d}"
                        .formatted(asked.get("arrangement").get("version").asInt()));

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("arrangement").get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().get("may").get("withdraw").asBoolean()).isFalse();
    }

    @Test
    void badRequestsAreRefusedNamingTheField() throws Exception {
        Answer three = call(
                "accountant",
                "POST",
                "/api/arrangements",
                """
                {"kind": "TELEWORK", "weekdays": ["MONDAY", "TUESDAY", "WEDNESDAY"], "validFrom": "%s"}"""
                        .formatted(farTuesday()));
        assertThat(three.status()).isEqualTo(400);
        assertThat(three.body().get("errors").get(0).get("field").asString()).isEqualTo("weekdays");

        Answer noBand = call(
                "accountant",
                "POST",
                "/api/arrangements",
                "{\"kind\": \"FLEXTIME\", \"validFrom\": \"%s\"}".formatted(farTuesday()));
        assertThat(noBand.status()).isEqualTo(400);
        assertThat(noBand.body().get("errors").valueStream().map(e -> e.get("field")
                        .asString()))
                .containsExactlyInAnyOrder("earliestStart", "latestEnd");

        Answer unknownKind = call("accountant", "POST", "/api/arrangements", "{\"kind\": \"SABBATICAL\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.contentType()).startsWith("application/problem+json");

        Answer noVersion = call("backoffice", "POST", "/api/arrangements/1/approve", "{}");
        assertThat(noVersion.status()).isIn(400, 404);
    }

    @Test
    void theDemoHasATeleworkRequestWaitingOnAccountingsManager() throws Exception {
        Answer waiting = call("backoffice", "GET", "/api/arrangements?whose=REPORTS&pending=true&size=200", null);

        assertThat(waiting.items()
                        .valueStream()
                        .filter(v -> v.get("employeeName").asString().equals("Siti Rahmawati")
                                && v.get("arrangement").get("kind").asString().equals("TELEWORK")))
                .isNotEmpty();
        Answer mine = call("accountant", "GET", "/api/arrangements?size=200", null);
        assertThat(mine.status()).isEqualTo(200);
    }

    @Test
    void theAccountantChangesTheirWaitingRequestAndAsksAgainToChangeTheApprovedOne() throws Exception {
        LocalDate tuesday = farTuesday();
        long id = file("accountant", "{\"kind\": \"TELEWORK\", \"dates\": [\"%s\"]}".formatted(tuesday))
                .get("arrangement")
                .get("id")
                .asLong();
        String twoDays =
                """
                {"version": %d, "arrangement": {"dates": ["%s", "%s"], "note": "Two days after all"}}""";

        // nobody but the employee changes it: their manager is refused, anyone else does not see it
        assertThat(call(
                                "backoffice",
                                "PUT",
                                "/api/arrangements/" + id,
                                twoDays.formatted(0, tuesday, tuesday.plusDays(1)))
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "PUT", "/api/arrangements/" + id, twoDays.formatted(0, tuesday, tuesday.plusDays(1)))
                        .status())
                .isEqualTo(404);

        // the employee changes the waiting request to two days; a stale version is refused
        Answer changed = call(
                "accountant", "PUT", "/api/arrangements/" + id, twoDays.formatted(0, tuesday, tuesday.plusDays(1)));
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
        assertThat(changed.body().get("arrangement").get("dates")).hasSize(2);
        assertThat(changed.body().get("arrangement").get("note").asString()).isEqualTo("Two days after all");
        assertThat(changed.body().get("may").get("change").asBoolean()).isTrue();
        assertThat(call("accountant", "PUT", "/api/arrangements/" + id, twoDays.formatted(0, tuesday, tuesday))
                        .status())
                .isEqualTo(409);
        // a change keeps the kind
        Answer otherKind = call(
                "accountant",
                "PUT",
                "/api/arrangements/" + id,
                "{\"version\": 1, \"arrangement\": {\"kind\": \"FLEXTIME\", \"validFrom\": \"%s\"}}"
                        .formatted(tuesday));
        assertThat(otherKind.status()).isEqualTo(400);
        assertThat(otherKind.body().get("errors").findValuesAsString("field")).contains("kind");

        // once approved, it is no longer changed in place
        assertThat(call("backoffice", "POST", "/api/arrangements/" + id + "/approve", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(call("accountant", "PUT", "/api/arrangements/" + id, twoDays.formatted(2, tuesday, tuesday))
                        .status())
                .isEqualTo(422);

        // asking again files a new request; the approved days stay until it is approved, and do not count against
        // it (two approved days plus Thursday would pass the policy's two a week)
        Answer again = call(
                "accountant",
                "POST",
                "/api/arrangements/" + id + "/requests",
                "{\"kind\": \"TELEWORK\", \"dates\": [\"%s\"]}".formatted(tuesday.plusDays(2)));
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(201);
        long replacement = again.body().get("arrangement").get("id").asLong();
        filed.add(replacement);
        assertThat(again.body().get("arrangement").get("replacesId").asLong()).isEqualTo(id);
        assertThat(again.body().get("arrangement").get("status").asString()).isEqualTo("PENDING");
        assertThat(call("accountant", "GET", "/api/arrangements/" + id, null)
                        .body()
                        .get("arrangement")
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        // one change at a time: while it waits, the approved one no longer says it may be asked again
        assertThat(call("accountant", "GET", "/api/arrangements/" + id, null)
                        .body()
                        .get("may")
                        .get("askAgain")
                        .asBoolean())
                .isFalse();
        assertThat(call(
                                "accountant",
                                "POST",
                                "/api/arrangements/" + id + "/requests",
                                "{\"kind\": \"TELEWORK\", \"dates\": [\"%s\"]}".formatted(tuesday))
                        .status())
                .isEqualTo(409);

        // when the manager approves the change, it replaces the approved arrangement
        assertThat(call("backoffice", "POST", "/api/arrangements/" + replacement + "/approve", "{\"version\": 0}")
                        .status())
                .isEqualTo(200);
        JsonNode old =
                call("accountant", "GET", "/api/arrangements/" + id, null).body();
        assertThat(old.get("arrangement").get("status").asString()).isEqualTo("REPLACED");
        assertThat(old.get("may").get("withdraw").asBoolean()).isFalse();
        assertThat(remoteWork.remoteOn(List.of(employee("siti.rahmawati@sinarmaju.example")), tuesday))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'work-arrangement' and entity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("filed, changed, approved, replaced")
                .isEqualTo(4);
    }
}
