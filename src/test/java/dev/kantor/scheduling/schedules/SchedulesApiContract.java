package dev.kantor.scheduling.schedules;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.platform.ReplayableClock;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.PublishedApi;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved schedules end to end over HTTP, as a manager and an agent use them: a roster, a week generated
 * from a typed requirement and solved in the background, hand edits refused when they break a rule
 * (in the caller's language) and accepted with their effect, pinned shifts kept by optimising again,
 * publishing (not by an agent), presence following the published week, "My schedule" and the calendar
 * feed (parsed by ical4j, breaks included) of the agent alone, and a contract in use kept. Runs on H2
 * and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SchedulesApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PresenceBoard presence;

    Answer call(String user, String method, String path, String body, String... headers) throws Exception {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    long queue(String name) {
        return jdbc.sql("select id from work_queue where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    long contract(String name) {
        return jdbc.sql("select id from work_contract where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    JsonNode awaitSolved(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode schedule = null;
        while (System.nanoTime() < deadline) {
            Answer answer = call("manager", "GET", "/api/scheduling/schedules/" + id, null);
            assertThat(answer.status()).isEqualTo(200);
            schedule = answer.body();
            if (!schedule.get("summary").get("solving").asBoolean()) {
                return schedule;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not solved in time: " + schedule);
    }

    /** A week with one agent needed all day, Monday to Friday, 08:00 to 17:00. */
    static String requirement(LocalDate monday) {
        StringBuilder csv = new StringBuilder("date,from,to,agents\n");
        for (int d = 0; d < 5; d++) {
            csv.append(monday.plusDays(d)).append(",08:00,17:00,1\n");
        }
        return csv.toString().replace("\n", "\\n");
    }

    @Test
    void aWeekIsGeneratedEditedOptimisedAgainPublishedAndSeenByTheAgentAlone() throws Exception {
        // given the front desk's roster: the demo agent and three colleagues, full-time
        LocalDate monday =
                LocalDate.now(ZoneId.of("Asia/Jakarta")).with(DayOfWeek.MONDAY).plusWeeks(1);
        long queue = queue("Front desk");
        long fullTime = contract("Full-time 40 h");
        long agus = employee("agus.pratama@sinarmaju.example");
        List<Long> roster = new ArrayList<>(List.of(agus));
        JsonNode proposed = call("manager", "GET", "/api/scheduling/rosters/" + queue, null)
                .body()
                .get("proposed");
        for (JsonNode p : proposed) {
            if (roster.size() < 4 && p.get("employeeId").asLong() != agus) {
                roster.add(p.get("employeeId").asLong());
            }
        }
        for (long person : roster) {
            Answer added = call(
                    "manager",
                    "POST",
                    "/api/scheduling/rosters/" + queue + "/members",
                    "{\"employeeId\": " + person + ", \"contractId\": " + fullTime + "}");
            assertThat(added.status()).isIn(201);
        }
        assertThat(call("agent", "GET", "/api/scheduling/rosters/" + queue, null)
                        .status())
                .isEqualTo(403);

        // when a manager generates the week from a typed requirement
        Answer generated = call(
                "manager",
                "POST",
                "/api/scheduling/schedules",
                "{\"queueId\": " + queue + ", \"monday\": \"" + monday
                        + "\", \"source\": \"TYPED\", \"requirement\": \"" + requirement(monday)
                        + "\", \"timeLimitSeconds\": 20}");
        assertThat(generated.status()).as(String.valueOf(generated.body())).isEqualTo(202);
        long id = generated.body().get("summary").get("id").asLong();
        JsonNode schedule = awaitSolved(id);

        // then it covers the week within the rules
        assertThat(schedule.get("summary").get("shortfallCount").asInt()).isZero();
        // and says its version as its ETag; a read naming it in If-None-Match is 304
        String etag = "W/\"" + schedule.get("summary").get("version").asInt() + "\"";
        assertThat(call("manager", "GET", "/api/scheduling/schedules/" + id, null)
                        .etag())
                .isEqualTo(etag);
        assertThat(call("manager", "GET", "/api/scheduling/schedules/" + id, null, "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        assertThat(schedule.get("shifts")).isNotEmpty();
        assertThat(schedule.get("coverage")).hasSize(5);

        // and a lunch moved outside its window is refused, naming the rule in the caller's language
        JsonNode shift = schedule.get("shifts").get(0);
        int version = schedule.get("summary").get("version").asInt();
        Answer refused = call(
                "manager",
                "POST",
                "/api/scheduling/schedules/" + id + "/edits",
                "{\"kind\": \"MOVE_BREAK\", \"version\": " + version + ", \"shiftId\": "
                        + shift.get("id").asLong() + ", \"breakPosition\": 1, \"start\": \"08:15\"}",
                "Accept-Language",
                "id");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("rule").asString()).isEqualTo("BREAK_OUTSIDE_WINDOW");
        assertThat(refused.body().get("title").asString()).contains("di luar rentang");
        assertThat(awaitSolved(id).get("summary").get("version").asInt()).isEqualTo(version);

        // and a lunch moved within its window is taken, pinned, with what it did to the coverage
        String lunch = shift.get("breaks").get(1).get("start").asString();
        String moved = LocalTime.parse(lunch).equals(LocalTime.of(11, 30)) ? "11:45" : "11:30";
        Answer accepted = call(
                "manager",
                "POST",
                "/api/scheduling/schedules/" + id + "/edits",
                "{\"kind\": \"MOVE_BREAK\", \"version\": " + version + ", \"shiftId\": "
                        + shift.get("id").asLong() + ", \"breakPosition\": 1, \"start\": \"" + moved + "\"}");
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(200);
        assertThat(accepted.body().get("effect").get("changes")).isNotEmpty();
        // an edit sent with the version before is someone else's stale change
        Answer stale = call(
                "manager",
                "POST",
                "/api/scheduling/schedules/" + id + "/edits",
                "{\"kind\": \"REMOVE\", \"version\": " + version + ", \"shiftId\": "
                        + shift.get("id").asLong() + "}");
        assertThat(stale.status()).isEqualTo(409);

        // when it is optimised again, the pinned shift is kept as it is
        int edited = accepted.body().get("summary").get("version").asInt();
        Answer again = call(
                "manager",
                "POST",
                "/api/scheduling/schedules/" + id + "/reoptimise",
                "{\"version\": " + edited + ", \"timeLimitSeconds\": 20}");
        assertThat(again.status()).isEqualTo(202);
        schedule = awaitSolved(id);
        JsonNode kept = null;
        for (JsonNode s : schedule.get("shifts")) {
            if (s.get("employeeId").asLong() == shift.get("employeeId").asLong()
                    && s.get("date").asString().equals(shift.get("date").asString())) {
                kept = s;
            }
        }
        assertThat(kept).isNotNull();
        assertThat(kept.get("pinned").asBoolean()).isTrue();
        assertThat(kept.get("breaks").get(1).get("start").asString()).isEqualTo(moved);

        // when an agent tries to publish it, they are refused; a manager publishes it
        int latest = schedule.get("summary").get("version").asInt();
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/scheduling/schedules/" + id + "/publish",
                                "{\"version\": " + latest + "}")
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/scheduling/schedules/" + id, null).status())
                .isEqualTo(403);
        Answer published = call(
                "manager", "POST", "/api/scheduling/schedules/" + id + "/publish", "{\"version\": " + latest + "}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("version").asInt()).isEqualTo(1);
        assertThat(published.body().get("affectedEmployeeIds")).isNotEmpty();
        // publishing again, unchanged, affects nobody
        Answer republished = call(
                "manager",
                "POST",
                "/api/scheduling/schedules/" + id + "/publish",
                "{\"version\": " + (latest + 1) + "}");
        assertThat(republished.body().get("version").asInt()).isEqualTo(2);
        assertThat(republished.body().get("affectedEmployeeIds")).isEmpty();

        // then the agent sees their own shifts, and only theirs
        long agusShifts = 0;
        for (JsonNode s : schedule.get("shifts")) {
            agusShifts += s.get("employeeId").asLong() == agus ? 1 : 0;
        }
        Answer mine = call("agent", "GET", "/api/scheduling/my-schedule?size=200&from=" + monday + "&weeks=1", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.items().get(0).get("days").findValues("shifts").stream()
                        .mapToInt(JsonNode::size)
                        .sum())
                .isEqualTo((int) agusShifts);

        // and their calendar feed parses, with each shift and each break an event of its own
        Answer feed = call("agent", "POST", "/api/scheduling/my-schedule/feed", null);
        assertThat(feed.status()).isEqualTo(201);
        String url = feed.body().get("url").asString();
        String path = URI.create(url).getPath();
        HttpResponse<String> ics = fetch(path);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        // other tests sharing this database may have published shifts of their own for Agus: count this week's
        List<VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getUid()
                        .map(uid -> uid.getValue().startsWith("kantor-shift-" + id + "-"))
                        .orElse(false))
                .toList();
        assertThat(events).hasSize((int) (agusShifts * 4));
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        assertThat(ics.body()).contains("lunch").contains("TZID=Asia/Jakarta");
        // a token nobody has, and the revoked one, open nothing
        assertThat(fetch("/schedule/feed/" + "x".repeat(43) + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(call("agent", "DELETE", "/api/scheduling/my-schedule/feed", null)
                        .status())
                .isEqualTo(204);
        assertThat(fetch(path).statusCode()).isEqualTo(404);

        // and presence follows the published week for the people on it, unless set by hand since
        if (agusShifts > 0) {
            JsonNode first = null;
            for (JsonNode s : schedule.get("shifts")) {
                if (s.get("employeeId").asLong() == agus && first == null) {
                    first = s;
                }
            }
            presenceFollowsTheSchedule(agus, first);
        }

        // and a contract people work under cannot be deleted
        int contractVersion = call("manager", "GET", "/api/scheduling/contracts/" + fullTime, null)
                .body()
                .get("version")
                .asInt();
        Answer delete = call(
                "manager", "DELETE", "/api/scheduling/contracts/" + fullTime + "?version=" + contractVersion, null);
        assertThat(delete.status()).isEqualTo(409);
    }

    private void presenceFollowsTheSchedule(long agus, JsonNode shift) {
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        LocalDate date = LocalDate.parse(shift.get("date").asString());
        Instant lunch = date.atTime(
                        LocalTime.parse(shift.get("breaks").get(1).get("start").asString()))
                .atZone(zone)
                .toInstant();
        Instant lunchEnd = date.atTime(
                        LocalTime.parse(shift.get("breaks").get(1).get("end").asString()))
                .atZone(zone)
                .toInstant();
        Presence before = presence.of(agus);
        try {
            Presence onLunch = ReplayableClock.at(lunch.plusSeconds(60), () -> presence.of(agus));
            assertThat(onLunch.status()).isEqualTo(PresenceStatus.ON_BREAK);
            assertThat(onLunch.source()).isEqualTo(PresenceSource.SCHEDULE);
            assertThat(onLunch.expectedBack()).isEqualTo(lunchEnd);
            Presence early = ReplayableClock.at(date.atTime(6, 0).atZone(zone).toInstant(), () -> presence.of(agus));
            assertThat(early.status()).isEqualTo(PresenceStatus.OFF_DUTY);
            // set by hand during the lunch: theirs until the schedule's next change
            ReplayableClock.at(
                    lunch.plusSeconds(120),
                    () -> presence.set(agus, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL));
            assertThat(ReplayableClock.at(lunch.plusSeconds(180), () -> presence.of(agus))
                            .status())
                    .isEqualTo(PresenceStatus.AVAILABLE);
            Presence after = ReplayableClock.at(lunchEnd.plusSeconds(60), () -> presence.of(agus));
            assertThat(after.status()).isEqualTo(PresenceStatus.AVAILABLE);
            assertThat(after.source()).isEqualTo(PresenceSource.SCHEDULE);
            // the accountant is on no schedule: their presence is theirs alone
            long accountant = employee("siti.rahmawati@sinarmaju.example");
            assertThat(ReplayableClock.at(lunch.plusSeconds(60), () -> presence.of(accountant))
                            .source())
                    .isEqualTo(PresenceSource.MANUAL);
        } finally {
            presence.set(agus, before.status(), null, PresenceSource.MANUAL);
        }
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        HttpRequest sent = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return PublishedApi.checked(port, sent, null, HTTP.send(sent, HttpResponse.BodyHandlers.ofString()));
    }
}
