package dev.kantor.staffing;

import java.io.IOException;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staffing API end to end over HTTP: answers, problem details and refusals. Runs on H2 and
 * on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StaffingApiContract {

    static final String WORKED_EXAMPLE =
            """
            {"contacts": 100, "intervalSeconds": 1800, "ahtSeconds": 180, "serviceLevelPercent": 80,
             "targetSeconds": 20, "maxOccupancyPercent": 85, "shrinkagePercent": 30}""";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    dev.kantor.cases.intake.CaseIntake intake;

    @org.springframework.beans.factory.annotation.Autowired
    dev.kantor.people.People people;

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    @Test
    void anyoneSignedInCalculatesTheWorkedExample() throws Exception {
        Answer answer = call("accountant", "POST", "/api/staffing/calculations", WORKED_EXAMPLE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("trafficErlangs").asDouble()).isEqualTo(10.0);
        assertThat(answer.body().get("model").asString()).isEqualTo("ERLANG_C");
        assertThat(answer.body().get("agents").asInt()).isEqualTo(14);
        assertThat(answer.body().get("scheduled").asInt()).isEqualTo(20);
        var level = answer.body().get("answer");
        assertThat(level.get("serviceLevelPercent").asDouble()).isBetween(88.75, 88.85);
        assertThat(level.get("asaSeconds").asDouble()).isBetween(7.8, 7.9);
        assertThat(level.get("occupancyPercent").asDouble()).isBetween(71.4, 71.5);
        assertThat(level.get("probabilityOfWaitingPercent").asDouble()).isBetween(17.4, 17.45);
        assertThat(level.has("abandonmentPercent")).isFalse();
        assertThat(answer.body().get("candidates").findValuesAsString("agents"))
                .containsExactly("11", "12", "13", "14", "15", "16", "17");
        assertThat(answer.body().get("candidates").size()).isEqualTo(7);
        assertThat(answer.body().get("candidates").get(2).get("meetsTarget").asBoolean())
                .as("13 agents")
                .isFalse();
        assertThat(answer.body().get("candidates").get(3).get("meetsTarget").asBoolean())
                .as("14 agents")
                .isTrue();
    }

    @Test
    void patienceBringsErlangAAndAbandonment() throws Exception {
        Answer answer = call(
                "agent",
                "POST",
                "/api/staffing/calculations",
                WORKED_EXAMPLE.replace("}", ", \"patienceSeconds\": 120, \"candidates\": 1}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("model").asString()).isEqualTo("ERLANG_A");
        assertThat(answer.body().get("agentsByErlangC").asInt()).isEqualTo(14);
        assertThat(answer.body().get("answer").get("abandonmentPercent").asDouble())
                .isPositive();
        assertThat(answer.body().get("candidates").size()).isEqualTo(3);
    }

    @Test
    void impatientCustomersMayNeedFewerAgentsThanErlangsWithinTheAbandonmentCap() throws Exception {
        String heavy =
                """
                {"contacts": 6432, "intervalSeconds": 900, "ahtSeconds": 225, "serviceLevelPercent": 80,
                 "targetSeconds": 20, "patienceSeconds": 60, "candidates": 1%s}""";
        Answer levelOnly = call("agent", "POST", "/api/staffing/calculations", heavy.formatted(""));
        Answer capped =
                call("agent", "POST", "/api/staffing/calculations", heavy.formatted(", \"maxAbandonPercent\": 5"));

        assertThat(levelOnly.status()).isEqualTo(200);
        assertThat(levelOnly.body().get("trafficErlangs").asDouble()).isEqualTo(1608.0);
        assertThat(levelOnly.body().get("agents").asInt()).isLessThan(1608);
        assertThat(capped.status()).isEqualTo(200);
        assertThat(capped.body().get("agents").asInt())
                .isGreaterThan(levelOnly.body().get("agents").asInt());
        assertThat(capped.body().get("answer").get("abandonmentPercent").asDouble())
                .isLessThanOrEqualTo(5.0);
        assertThat(capped.body().get("candidates").get(0).get("meetsTarget").asBoolean())
                .as("one fewer")
                .isFalse();
    }

    @Test
    void anAbandonmentCapWithoutPatienceIs400NamingTheField() throws Exception {
        Answer answer = call(
                "agent",
                "POST",
                "/api/staffing/calculations",
                WORKED_EXAMPLE.replace("}", ", \"maxAbandonPercent\": 5}"),
                "Accept-Language",
                "id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactly("maxAbandonPercent");
        assertThat(answer.body().get("errors").findValuesAsString("message").get(0))
                .contains("kesabaran");
    }

    @Test
    void aQueueKeepsItsAbandonmentCap() throws Exception {
        Answer created = call(
                "manager",
                "POST",
                "/api/staffing/queues",
                queue("Impatient line")
                        .replace(
                                "\"shrinkagePercent\": 30",
                                "\"shrinkagePercent\": 30, \"patienceSeconds\": 90, \"maxAbandonPercent\": 4"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("maxAbandonPercent").asDouble()).isEqualTo(4.0);
        assertThat(call("agent", "GET", created.location(), null)
                        .body()
                        .get("maxAbandonPercent")
                        .asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void badInputIs400ProblemNamingEveryFieldInTheCallersLanguage() throws Exception {
        Answer answer = call(
                "agent",
                "POST",
                "/api/staffing/calculations",
                """
                {"contacts": -1, "ahtSeconds": 0, "serviceLevelPercent": 100, "targetSeconds": 0,
                 "shrinkagePercent": 100}""",
                "Accept-Language",
                "id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("contacts", "ahtSeconds", "serviceLevelPercent", "shrinkagePercent");
        assertThat(answer.body().get("errors").findValuesAsString("message"))
                .contains("Jumlah kontak tidak boleh negatif.");
    }

    @Test
    void unreadableJsonIs400Problem() throws Exception {
        Answer answer = call("agent", "POST", "/api/staffing/calculations", "{\"contacts\": \"many\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void callersMustSignIn() throws Exception {
        assertThat(call(null, "POST", "/api/staffing/calculations", WORKED_EXAMPLE)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theApiDescriptionStatesTheConventions() throws Exception {
        Answer docs = call("agent", "GET", "/v3/api-docs", null);
        String text = docs.body().toString();
        assertThat(text)
                .contains(
                        "/api/staffing/calculations",
                        "ceil(n / (1 − shrinkage))",
                        "contacts that give up count as not answered in time");
    }

    static String queue(String name) {
        return """
                {"name": "%s", "channel": "PHONE", "ahtSeconds": 180, "serviceLevelPercent": 80, "targetSeconds": 20,
                 "maxOccupancyPercent": 85, "shrinkagePercent": 30,
                 "hours": [{"day": "MONDAY", "opens": "08:00", "closes": "17:00"},
                           {"day": "SATURDAY", "opens": "09:00", "closes": "14:00"}]}"""
                .formatted(name);
    }

    @Test
    void aManagerDefinesAQueueAndEveryoneReadsIt() throws Exception {
        Answer created = call("manager", "POST", "/api/staffing/queues", queue("Hotline API"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/staffing/queues/\\d+");
        assertThat(created.body().get("hours").size()).isEqualTo(2);
        assertThat(created.body().get("version").asInt()).isZero();

        Answer read = call("accountant", "GET", created.location(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("name").asString()).isEqualTo("Hotline API");
        assertThat(call("agent", "GET", "/api/staffing/queues?size=200", null)
                        .items()
                        .findValuesAsString("name"))
                .contains("Hotline API");
    }

    @Test
    void agentsAndStaffAreRefusedWith403AndNothingIsStored() throws Exception {
        for (String user : new String[] {"agent", "accountant", "hr"}) {
            Answer refused = call(user, "POST", "/api/staffing/queues", queue("Refused " + user));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        long id = call("admin", "POST", "/api/staffing/queues", queue("Guarded"))
                .body()
                .get("id")
                .asLong();
        Answer change = call(
                "agent",
                "PUT",
                "/api/staffing/queues/" + id,
                queue("Changed by agent").replace("}]}", "}], \"version\": 0}"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(call("agent", "GET", "/api/staffing/queues?size=200", null)
                        .items()
                        .findValuesAsString("name"))
                .contains("Guarded")
                .doesNotContain("Changed by agent", "Refused agent", "Refused accountant");
    }

    @Test
    void aBadQueueIs400NamingEveryField() throws Exception {
        Answer answer = call(
                "manager",
                "POST",
                "/api/staffing/queues",
                """
                {"name": "", "ahtSeconds": 0, "serviceLevelPercent": 80, "targetSeconds": 20, "shrinkagePercent": 100,
                 "hours": [{"day": "MONDAY", "opens": "17:00", "closes": "08:00"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "channel", "hours.MONDAY", "ahtSeconds", "shrinkagePercent");
    }

    @Test
    void aTakenNameIs409() throws Exception {
        assertThat(call("manager", "POST", "/api/staffing/queues", queue("Twice"))
                        .status())
                .isEqualTo(201);
        Answer again = call("manager", "POST", "/api/staffing/queues", queue("TWICE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void aChangeBasedOnAStaleVersionIs409AndChangesNothing() throws Exception {
        Answer created = call("manager", "POST", "/api/staffing/queues", queue("Stale"));
        String path = created.location();
        String first = queue("Stale, first").replace("}]}", "}], \"version\": 0}");
        String second = queue("Stale, second").replace("}]}", "}], \"version\": 0}");

        Answer changed = call("manager", "PUT", path, first);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("version").asInt()).isEqualTo(1);
        Answer conflict = call("admin", "PUT", path, second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");
        assertThat(call("agent", "GET", path, null).body().get("name").asString())
                .isEqualTo("Stale, first");
    }

    @Test
    void aManagerRemovesAQueueWithItsHistoryOnlyFromTheVersionRead() throws Exception {
        Answer created = call("manager", "POST", "/api/staffing/queues", queue("Removed API"));
        String path = created.location();
        String csv = "interval_start,queue,contacts,aht_seconds\n2026-02-02 08:00,Removed API,7,200\n";
        assertThat(call("manager", "POST", "/api/staffing/history", csv, "Content-Type", "text/csv")
                        .status())
                .isEqualTo(200);
        assertThat(call("manager", "PUT", path, queue("Removed API").replace("}]}", "}], \"version\": 0}"))
                        .status())
                .isEqualTo(200);

        assertThat(call("agent", "DELETE", path + "?version=1", null).status()).isEqualTo(403);
        Answer noVersion = call("manager", "DELETE", path, null);
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").findValuesAsString("field")).containsExactly("version");
        Answer stale = call("manager", "DELETE", path + "?version=0", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");
        assertThat(call("agent", "GET", path, null).status()).isEqualTo(200);

        Answer removed = call("manager", "DELETE", path + "?version=1", null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(call("agent", "GET", path, null).status()).isEqualTo(404);
        assertThat(call("agent", "GET", path + "/history?from=2026-02-01&to=2026-02-03", null)
                        .status())
                .isEqualTo(404);
        assertThat(call("manager", "DELETE", path + "?version=1", null).status())
                .isEqualTo(404);
    }

    @Test
    void aMissingQueueIs404Problem() throws Exception {
        Answer answer = call("agent", "GET", "/api/staffing/queues/987654", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:not-found");
    }

    @Test
    void historyImportsAllOrNothingThroughTheApi() throws Exception {
        long id = call("manager", "POST", "/api/staffing/queues", queue("History API"))
                .body()
                .get("id")
                .asLong();
        String good = "interval_start,queue,contacts,aht_seconds\n2026-02-02 08:00,History API,7,200\n"
                + "2026-02-02 08:15,History API,9,\n";
        String bad = good + "2026-02-02 08:20,History API,-1,\n";

        Answer refused = call("manager", "POST", "/api/staffing/history", bad, "Content-Type", "text/csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactly("interval_start", "contacts");
        assertThat(refused.body().get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(call("agent", "GET", "/api/staffing/queues/" + id + "/history?from=2026-02-01&to=2026-02-03", null)
                        .items()
                        .size())
                .isZero();

        assertThat(call("agent", "POST", "/api/staffing/history", good, "Content-Type", "text/csv")
                        .status())
                .isEqualTo(403);
        Answer imported = call("admin", "POST", "/api/staffing/history", good, "Content-Type", "text/csv");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(2);
        Answer read =
                call("agent", "GET", "/api/staffing/queues/" + id + "/history?from=2026-02-01&to=2026-02-03", null);
        assertThat(read.body().findValuesAsString("contacts")).containsExactly("7", "9");
        assertThat(read.items().get(0).get("start").asString()).isEqualTo("2026-02-02T01:00:00Z");
    }

    @Test
    void historyIsCountedFromTheCasesOfTheQueuesChannel() throws Exception {
        long id = call("manager", "POST", "/api/staffing/queues", queue("Counted phone line"))
                .body()
                .get("id")
                .asLong();
        // three calls and a walk-in an hour ago, logged as the agent would have
        java.time.Instant anHourAgo = java.time.Instant.now().minusSeconds(3600);
        long agent = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        for (int i = 0; i < 4; i++) {
            var channel = i < 3 ? dev.kantor.cases.Channel.PHONE : dev.kantor.cases.Channel.WALK_IN;
            var contact = new dev.kantor.cases.NewCase(
                    "Caller " + i,
                    "caller" + i + "@example.com",
                    null,
                    "id",
                    channel,
                    dev.kantor.cases.CaseType.QUESTION,
                    "delivery",
                    null,
                    "When does it come?",
                    null);
            dev.kantor.platform.ReplayableClock.at(
                    anHourAgo,
                    () -> dev.kantor.platform.security.SystemUser.callAs(
                            agent, dev.kantor.platform.security.Role.AGENT, () -> intake.open(contact, agent)));
        }
        assertThat(call("agent", "POST", "/api/staffing/queues/" + id + "/history/from-cases", null)
                        .status())
                .isEqualTo(403);

        Answer counted = call("manager", "POST", "/api/staffing/queues/" + id + "/history/from-cases?weeks=1", null);

        assertThat(counted.status()).isEqualTo(200);
        // at least the calls' quarter hour: other tests log calls of their own in the same week, some at replayed times
        assertThat(counted.body().get("intervals").asInt()).isPositive();
        Answer read = call("agent", "GET", "/api/staffing/queues/" + id + "/history?size=200", null);
        // only the quarter hour of the calls: other tests log calls of their own, at the time they run
        java.time.Instant quarter = anHourAgo
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minusSeconds(anHourAgo.atZone(java.time.ZoneOffset.UTC).getMinute() % 15 * 60L);
        int contacts = 0;
        for (var interval : read.items()) {
            if (java.time.Instant.parse(interval.get("start").asString()).equals(quarter)) {
                contacts += interval.get("contacts").asInt();
            }
        }
        assertThat(contacts).as("the three calls, and no walk-ins or e-mails").isEqualTo(3);
    }

    /**
     * The portal's form is written work answered by mail: its cases count in the written-contact (EMAIL) queue with
     * the e-mails, so that no channel a case can have is forecast nowhere.
     */
    @Test
    void portalFormCasesCountWithTheEmailsInTheWrittenContactQueue() throws Exception {
        long id = call(
                        "manager",
                        "POST",
                        "/api/staffing/queues",
                        queue("Counted written requests "
                                        + java.util.UUID.randomUUID().toString().substring(0, 8))
                                .replace("\"PHONE\"", "\"EMAIL\""))
                .body()
                .get("id")
                .asLong();
        java.time.Instant anHourAgo = java.time.Instant.now().minusSeconds(3600);
        java.time.Instant quarter = anHourAgo
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minusSeconds(anHourAgo.atZone(java.time.ZoneOffset.UTC).getMinute() % 15 * 60L);
        // written contacts other tests opened in that quarter count too: only the growth is this test's
        int before = countedIn(id, quarter);
        long agent = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        // (no call among them: the phone line's own test counts the calls of that quarter hour)
        var channels = java.util.List.of(
                dev.kantor.cases.Channel.WEB, dev.kantor.cases.Channel.WEB, dev.kantor.cases.Channel.EMAIL);
        for (int i = 0; i < channels.size(); i++) {
            var contact = new dev.kantor.cases.NewCase(
                    "Writer " + i,
                    "writer" + i + "@example.com",
                    null,
                    "id",
                    channels.get(i),
                    dev.kantor.cases.CaseType.QUESTION,
                    "delivery",
                    null,
                    "When does it come?",
                    "When does my order come?");
            dev.kantor.platform.ReplayableClock.at(
                    anHourAgo,
                    () -> dev.kantor.platform.security.SystemUser.callAs(
                            agent, dev.kantor.platform.security.Role.AGENT, () -> intake.open(contact, agent)));
        }

        assertThat(countedIn(id, quarter) - before)
                .as("two portal forms and an e-mail")
                .isEqualTo(3);
    }

    /** Counts the queue's history from the cases again, and answers the contacts of the quarter hour from then. */
    private int countedIn(long queue, java.time.Instant quarter) throws Exception {
        assertThat(call("manager", "POST", "/api/staffing/queues/" + queue + "/history/from-cases?weeks=1", null)
                        .status())
                .isEqualTo(200);
        int contacts = 0;
        // the history is a list like any other: page by page, following next until there is none
        String next = "/api/staffing/queues/" + queue + "/history?size=200";
        while (next != null) {
            var page = call("agent", "GET", next, null);
            for (var interval : page.items()) {
                if (java.time.Instant.parse(interval.get("start").asString()).equals(quarter)) {
                    contacts += interval.get("contacts").asInt();
                }
            }
            var link = page.body().get("links").get("next");
            next = link == null || link.isNull() ? null : link.asString();
        }
        return contacts;
    }

    private long demoQueue(String name) throws Exception {
        for (var queue :
                call("agent", "GET", "/api/staffing/queues?size=200", null).items()) {
            if (queue.get("name").asString().equals(name)) {
                return queue.get("id").asLong();
            }
        }
        throw new AssertionError("no queue " + name);
    }

    @Test
    void theForecastOfTheDemoHistoryIsReadByEveryoneAndAdjustedByManagers() throws Exception {
        long phone = demoQueue("Phone line");

        Answer week = call("accountant", "GET", "/api/staffing/queues/" + phone + "/forecast", null);

        assertThat(week.status()).isEqualTo(200);
        assertThat(week.body().get("weightedMapePercent").asDouble()).isBetween(1.0, 50.0);
        var intervals = week.body().get("intervals");
        assertThat(intervals.size()).isEqualTo(5 * 36 + 20);
        var first = intervals.get(0);
        assertThat(first.get("time").asString()).isEqualTo("08:00");
        assertThat(first.get("agents").asInt()).isPositive();
        assertThat(first.get("scheduled").asInt())
                .isGreaterThan(first.get("agents").asInt());
        assertThat(first.has("abandonmentPercent"))
                .as("the phone line's customers give up")
                .isTrue();
        String monday = week.body().get("monday").asString();

        String seen = week.body().get("adjustmentsVersion").asString();
        String adjustment =
                "{\"date\": \"" + monday + "\", \"time\": \"08:00\", \"percent\": 100, \"version\": \"" + seen + "\"}";
        assertThat(call("agent", "PUT", "/api/staffing/queues/" + phone + "/adjustments", adjustment)
                        .status())
                .isEqualTo(403);
        Answer bad = call(
                "manager",
                "PUT",
                "/api/staffing/queues/" + phone + "/adjustments",
                adjustment.replace("08:00", "08:05").replace("100", "-200"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactly("time");

        Answer adjusted = call("manager", "PUT", "/api/staffing/queues/" + phone + "/adjustments", adjustment);
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.body().get("intervals").get(0).get("contacts").asDouble())
                .isCloseTo(2 * first.get("contacts").asDouble(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(adjusted.body().get("intervals").get(1).get("contacts").asDouble())
                .isEqualTo(intervals.get(1).get("contacts").asDouble());
        assertThat(adjusted.body().get("adjustmentsVersion").asString()).isNotEqualTo(seen);

        // a second manager who read the week before that change is refused, and the change stays
        Answer stale = call(
                "manager",
                "PUT",
                "/api/staffing/queues/" + phone + "/adjustments",
                adjustment.replace("\"percent\": 100", "\"percent\": 10"),
                "Accept-Language",
                "id");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("title").asString()).startsWith("Seseorang telah mengubah prakiraan minggu ini");
        Answer now = call("accountant", "GET", "/api/staffing/queues/" + phone + "/forecast?week=" + monday, null);
        assertThat(now.body().get("intervals").get(0).get("contacts").asDouble())
                .isEqualTo(
                        adjusted.body().get("intervals").get(0).get("contacts").asDouble());
        Answer noVersion = call(
                "manager",
                "PUT",
                "/api/staffing/queues/" + phone + "/adjustments",
                "{\"date\": \"" + monday + "\", \"percent\": 10}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").findValuesAsString("field")).containsExactly("version");
    }

    @Test
    void outOfRangeParametersAre400NamingTheParameterNeverQuietlyChanged() throws Exception {
        Answer candidates = call(
                "agent", "POST", "/api/staffing/calculations", WORKED_EXAMPLE.replace("}", ", \"candidates\": -5}"));
        assertThat(candidates.status()).isEqualTo(400);
        assertThat(candidates.body().get("errors").get(0).get("field").asString())
                .isEqualTo("candidates");

        long queue = call("manager", "GET", "/api/staffing/queues?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();
        for (String weeks : new String[] {"0", "105"}) {
            Answer fromCases = call(
                    "manager", "POST", "/api/staffing/queues/" + queue + "/history/from-cases?weeks=" + weeks, null);
            assertThat(fromCases.status()).as(weeks).isEqualTo(400);
            assertThat(fromCases.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("weeks");
        }
    }

    @Test
    void theCalculationsAnswerIsDescribedInTheApiDocumentation() throws Exception {
        JsonNode responses = call("agent", "GET", "/v3/api-docs", null)
                .body()
                .get("paths")
                .get("/api/staffing/calculations")
                .get("post")
                .get("responses");

        assertThat(responses
                        .get("200")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .endsWith("/CalculationResponse");
        assertThat(responses.has("400")).isTrue();
    }

    @Test
    void historyWithTextThatCannotBeStoredOrYearsKantorDoesNotKeepIsRefusedLineByLine() throws Exception {
        call("manager", "POST", "/api/staffing/queues", queue("History guard"));
        String csv = "interval_start,queue,contacts,aht_seconds\n2026-02-02 08:00,History\u0000guard,7,200\n"
                + "1899-12-31T08:15:00Z,History guard,9,\n";

        Answer refused = call("manager", "POST", "/api/staffing/history", csv, "Content-Type", "text/csv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("queue");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .startsWith("Contains characters that cannot be stored");
        assertThat(refused.body().get("errors").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(refused.body().get("errors").get(1).get("message").asString())
                .isEqualTo("A date from the year 1900 to 9999.");
    }
}
