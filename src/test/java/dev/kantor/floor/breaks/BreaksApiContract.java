package dev.kantor.floor.breaks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;
import dev.kantor.people.People;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WorkQueues;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "May I take my break now?" over HTTP: the demo agent Agus and his colleague Putu on a queue of their
 * own, published under way now, which requires one of them on the floor. Runs on H2 and on PostgreSQL
 * through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BreaksApiContract.FillIns.class)
abstract class BreaksApiContract {

    /** Fill-ins as the floor's fill-in feature would record them, set by a test. */
    @TestConfiguration
    static class FillIns {

        static final List<DayChange> RECORDED = new CopyOnWriteArrayList<>();

        static final Map<DayChange, Long> QUEUES = new ConcurrentHashMap<>();

        @Bean
        DayChanges testFillIns() {
            return (queueId, from, to) -> RECORDED.stream()
                    .filter(change -> QUEUES.get(change) == queueId)
                    .toList();
        }
    }

    @LocalServerPort
    int port;

    @MockitoSpyBean
    StaffingRequirements requirements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    People people;

    @Autowired
    Breaks breaks;

    @Autowired
    dev.kantor.routing.ScheduledPresence scheduled;

    long agus;
    long putu;

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    long employee(String email) {
        return people.employeeByEmail(email).orElseThrow().getId();
    }

    FloorDay day(int agents, long... employees) {
        return FloorDay.publish(jdbc, requirements, calendars.zone(), agents, employees);
    }

    @BeforeEach
    void agusAndPutu() {
        agus = employee("agus.pratama@sinarmaju.example");
        putu = employee("putu.wulandari@sinarmaju.example");
        FloorDay.otherQueuesClosed(requirements);
        // breaks left from an earlier test on another queue must not be "the break under way"
        jdbc.sql("delete from floor_break where employee_id in (?, ?)")
                .params(agus, putu)
                .update();
        jdbc.sql("delete from floor_absence where employee_id in (?, ?)")
                .params(agus, putu)
                .update();
        jdbc.sql("delete from schedule_published_shift where shift_type = ?")
                .param(FloorDay.SHIFT_TYPE)
                .update();
    }

    @Test
    void anAgentAsksIsToldYesTakesTheBreakAndComesBack() throws Exception {
        day(1, agus, putu);

        Answer asked = call("agent", "POST", "/api/floor/breaks/requests", "{}");
        assertThat(asked.status()).as("%s", asked.body()).isEqualTo(200);
        assertThat(asked.body().get("verdict").asString()).isEqualTo("YES");
        assertThat(asked.body().get("agreed").asBoolean()).isTrue();
        long id = asked.body().get("breakId").asLong();

        Answer started = call(
                "agent",
                "POST",
                "/api/floor/breaks/" + id + "/start",
                "{\"version\": " + asked.body().get("version").asInt() + "}");
        assertThat(started.status()).as("%s", started.body()).isEqualTo(200);
        assertThat(started.body().get("state").asString()).isEqualTo("TAKEN");
        JsonNode presence = call("agent", "GET", "/api/presence/me", null).body();
        assertThat(presence.get("status").asString()).isEqualTo("ON_BREAK");
        assertThat(Instant.parse(presence.get("expectedBack").asString()))
                .isEqualTo(Instant.parse(started.body().get("endsAt").asString()));

        String version = "{\"version\": " + started.body().get("version").asInt() + "}";
        Answer ended = call("agent", "POST", "/api/floor/breaks/" + id + "/end", version);
        assertThat(ended.status()).as("%s", ended.body()).isEqualTo(200);
        assertThat(ended.body().get("state").asString()).isEqualTo("ENDED");
        assertThat(ended.body().get("backAt").isNull()).isFalse();
        assertThat(call("agent", "GET", "/api/presence/me", null)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("AVAILABLE");

        // the same click again, from a stale page
        Answer again = call("agent", "POST", "/api/floor/breaks/" + id + "/end", version);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAgentBackFromAnEarlyBreakIsNotSentOnItAgainWhenThePlannedBreakComes() throws Exception {
        FloorDay day = day(1, agus, putu);
        long scheduleId = jdbc.sql("select schedule_id from schedule_published_shift where id = ?")
                .param(day.shiftIds.get(0))
                .query(Long.class)
                .single();
        try {
            // on the schedule's roster, so that the schedule decides their presence
            jdbc.sql(
                            """
                    insert into schedule_published_member (schedule_id, employee_id)
                    select distinct schedule_id, employee_id from schedule_published_shift where id in (?, ?)""")
                    .params(day.shiftIds.get(0), day.shiftIds.get(1))
                    .update();
            Instant plannedCoffee = day.shiftStart.plus(java.time.Duration.ofHours(4));
            assertThat(scheduled
                            .at(agus, plannedCoffee.plusSeconds(300))
                            .orElseThrow()
                            .kind())
                    .isEqualTo(dev.kantor.routing.ScheduledState.Kind.ON_BREAK);

            Answer asked = call("agent", "POST", "/api/floor/breaks/requests", "{}");
            long id = asked.body().get("breakId").asLong();
            Answer started = call(
                    "agent",
                    "POST",
                    "/api/floor/breaks/" + id + "/start",
                    "{\"version\": " + asked.body().get("version").asInt() + "}");
            assertThat(scheduled.at(agus, Instant.now()).orElseThrow().kind())
                    .isEqualTo(dev.kantor.routing.ScheduledState.Kind.ON_BREAK);
            call(
                    "agent",
                    "POST",
                    "/api/floor/breaks/" + id + "/end",
                    "{\"version\": " + started.body().get("version").asInt() + "}");

            // the planned coffee was taken early: the schedule keeps the agent on shift then
            assertThat(scheduled
                            .at(agus, plannedCoffee.plusSeconds(300))
                            .orElseThrow()
                            .kind())
                    .isEqualTo(dev.kantor.routing.ScheduledState.Kind.ON_SHIFT);
            assertThat(scheduled
                            .at(putu, plannedCoffee.plusSeconds(300))
                            .orElseThrow()
                            .kind())
                    .isEqualTo(dev.kantor.routing.ScheduledState.Kind.ON_BREAK);

            // and someone sent home sick stays off shift through what the plan had for them later
            Answer marked = call(
                    "manager", "POST", "/api/floor/absences", "{\"employeeId\": " + putu + ", \"reason\": \"SICK\"}");
            assertThat(marked.status()).as("%s", marked.body()).isEqualTo(201);
            assertThat(scheduled
                            .at(putu, plannedCoffee.plusSeconds(1200))
                            .orElseThrow()
                            .kind())
                    .isEqualTo(dev.kantor.routing.ScheduledState.Kind.OFF_SHIFT);
        } finally {
            // the database outlives this test: Agus and Putu leave the test's roster, and Putu's absence goes
            jdbc.sql("delete from schedule_published_member where schedule_id = ?")
                    .param(scheduleId)
                    .update();
            jdbc.sql("delete from floor_absence where employee_id = ?")
                    .param(putu)
                    .update();
        }
    }

    @Test
    void anAgentIsOfferedTheEarliestLaterStartThatKeepsTheQueueCoveredAndMayAgreeToIt() throws Exception {
        day(1, agus, putu);
        assertThat(breaks.ask(putu, null).answer().verdict()).isEqualTo(Verdict.YES);

        Answer asked = call("agent", "POST", "/api/floor/breaks/requests", null);

        assertThat(asked.status()).as("%s", asked.body()).isEqualTo(200);
        JsonNode answer = asked.body();
        assertThat(answer.get("verdict").asString()).isEqualTo("LATER");
        assertThat(answer.get("agreed").asBoolean()).isFalse();
        assertThat(answer.get("shortBy").asInt()).isEqualTo(1);
        Instant offered = Instant.parse(answer.get("start").asString());
        Instant putuBack = Instant.now().plus(Duration.ofMinutes(15));
        assertThat(offered).isAfter(Instant.now());
        assertThat(offered).isAfterOrEqualTo(putuBack.minus(Duration.ofMinutes(1)));

        Answer agreed = call(
                "agent",
                "POST",
                "/api/floor/breaks/requests",
                "{\"start\": \"" + answer.get("start").asString() + "\"}");
        assertThat(agreed.status()).as("%s", agreed.body()).isEqualTo(200);
        assertThat(agreed.body().get("agreed").asBoolean()).isTrue();
        assertThat(Instant.parse(agreed.body().get("start").asString())).isEqualTo(offered);
        JsonNode next = call("agent", "GET", "/api/floor/breaks/next", null).body();
        assertThat(Instant.parse(next.get("agreed").get("startsAt").asString())).isEqualTo(offered);

        // too early for the agreed start
        Answer early = call(
                "agent",
                "POST",
                "/api/floor/breaks/" + agreed.body().get("breakId").asLong() + "/start",
                "{\"version\": " + agreed.body().get("version").asInt() + "}");
        assertThat(early.status()).isEqualTo(409);
    }

    @Test
    void nobodyTakesOrEndsSomeoneElsesBreakAndBadInputIsRefusedNamingTheField() throws Exception {
        day(1, agus, putu);
        Breaks.Outcome putus = breaks.ask(putu, null);
        String path = "/api/floor/breaks/" + putus.agreed().id();
        String version = "{\"version\": " + putus.agreed().version() + "}";

        assertThat(call("agent", "POST", path + "/start", version).status()).isEqualTo(403);
        assertThat(call("manager", "POST", path + "/end", version).status()).isEqualTo(403);
        assertThat(call(null, "POST", path + "/start", version).status()).isEqualTo(401);
        assertThat(call("agent", "POST", "/api/floor/breaks/999999999/start", version)
                        .status())
                .isEqualTo(404);

        Answer noVersion = call("agent", "POST", path + "/start", "{}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").findValuesAsString("field")).containsExactly("version");

        Answer outside = call("agent", "POST", "/api/floor/breaks/requests", "{\"start\": \"2001-01-01T00:00:00Z\"}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.body().get("errors").findValuesAsString("field")).containsExactly("start");

        Answer notAnInstant = call("agent", "POST", "/api/floor/breaks/requests", "{\"start\": \"soon\"}");
        assertThat(notAnInstant.status()).isEqualTo(400);

        // the manager has no shift under way
        assertThat(call("manager", "POST", "/api/floor/breaks/requests", "{}").status())
                .isEqualTo(404);
    }

    @Autowired
    WorkQueues queues;

    @Test
    void managersReadTheFloorReportsAndAgentsAreRefused() throws Exception {
        // Agus takes and ends a break; Dewi fills in half an hour on the first queue
        day(1, agus, putu);
        Breaks.Outcome asked = breaks.ask(agus, null);
        TakenBreak taken =
                breaks.start(asked.agreed().id(), agus, asked.agreed().version());
        breaks.end(taken.id(), agus, taken.version());
        long dewi = employee("dewi.lestari@sinarmaju.example");
        long queue = queues.all().get(0).id();
        Instant fillFrom = Instant.now().minus(Duration.ofHours(1));
        DayChange fillIn = new DayChange.ExtraTime(
                dewi, fillFrom, fillFrom.plus(Duration.ofMinutes(30)), DayChange.ExtraTime.Kind.FILL_IN);
        FillIns.QUEUES.put(fillIn, queue);
        FillIns.RECORDED.add(fillIn);
        try {
            LocalDate today = LocalDate.now(calendars.zone());
            String period = "?from=" + today.minusDays(1) + "&to=" + today;

            Answer adherence = call("manager", "GET", "/api/floor/reports/adherence" + period, null);
            assertThat(adherence.status()).as("%s", adherence.body()).isEqualTo(200);
            JsonNode agusLine = null;
            for (JsonNode line : adherence.items()) {
                if (line.get("figures").get("employeeId").asLong() == agus) {
                    agusLine = line;
                }
            }
            assertThat(agusLine).isNotNull();
            assertThat(agusLine.get("figures").get("taken").asInt()).isEqualTo(1);

            Answer fillIns = call("manager", "GET", "/api/floor/reports/fill-ins" + period, null);
            assertThat(fillIns.status()).isEqualTo(200);
            assertThat(fillIns.body().findValuesAsString("manager")).contains("Dewi Lestari");
            assertThat(fillIns.items().get(0).get("minutes").asLong()).isEqualTo(30);

            assertThat(call("manager", "GET", "/api/floor/reports/short-intervals" + period, null)
                            .status())
                    .isEqualTo(200);
            assertThat(call("agent", "GET", "/api/floor/reports/adherence" + period, null)
                            .status())
                    .isEqualTo(403);
            assertThat(call("accountant", "GET", "/api/floor/reports/fill-ins" + period, null)
                            .status())
                    .isEqualTo(403);
            Answer tooLong = call(
                    "manager",
                    "GET",
                    "/api/floor/reports/short-intervals?from=2026-01-01&to=2026-06-01&size=200",
                    null);
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().get("errors").findValuesAsString("field")).containsExactly("to");

            HttpResponse<String> csv = page("manager", "/floor/reports/fill-ins.csv" + period);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body()).startsWith("\uFEFFweek,manager_id,manager,queue_id,queue,minutes");
            assertThat(csv.body()).contains("Dewi Lestari");
            assertThat(page("manager", "/floor/reports" + period).statusCode()).isEqualTo(200);
            assertThat(page("agent", "/floor/reports").statusCode()).isEqualTo(403);
            assertThat(page("agent", "/floor/reports/adherence.csv").statusCode())
                    .isEqualTo(403);
        } finally {
            FillIns.RECORDED.clear();
        }
    }

    @Test
    void theBreakAndReportEndpointsAreDocumented() throws Exception {
        JsonNode docs = call("admin", "GET", "/v3/api-docs", null).body();

        JsonNode paths = docs.get("paths");
        for (String path : List.of(
                "/api/floor/breaks/requests",
                "/api/floor/breaks/{id}/start",
                "/api/floor/breaks/{id}/end",
                "/api/floor/breaks/next",
                "/api/floor/reports/fill-ins",
                "/api/floor/reports/adherence",
                "/api/floor/reports/short-intervals")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode version = docs.get("components").get("schemas").get("BreakVersion");
        assertThat(version.get("properties").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("version");
    }

    HttpResponse<String> page(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
