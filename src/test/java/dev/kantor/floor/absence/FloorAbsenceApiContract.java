package dev.kantor.floor.absence;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absences and the day's repair end to end over HTTP: agents are refused both, bad input is answered
 * naming the field, an absence sets the person's presence, is undone once against the version read
 * (409 when stale), and a repaired day is shown, refused when stale, and published keeping every other
 * shift, with no interval worse than before. Runs on H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FloorAbsenceApiContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PresenceBoard presence;

    @Autowired
    PublishedShifts published;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    QueueDays queueDays;

    Answer call(String user, String method, String path, String body, String... headers) throws Exception {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    long single(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    /** The database outlives these tests: the absences they mark would take people off later tests' schedules. */
    @org.junit.jupiter.api.AfterEach
    void absencesMarkedHereAreGone() {
        jdbc.sql("delete from floor_absence where marked_by = 'manager'").update();
    }

    @Test
    void agentsCannotMarkAbsenceNorRepairADay() throws Exception {
        long someone = employee("sri.wahyuni@sinarmaju.example");
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/floor/absences",
                                "{\"employeeId\": " + someone + ", \"reason\": \"SICK\"}")
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/floor/absences?size=200", null).status())
                .isEqualTo(403);
        assertThat(call("agent", "DELETE", "/api/floor/absences/1?version=0", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/floor/repairs?queueId=1", null).status())
                .isEqualTo(403);
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/floor/repairs",
                                "{\"queueId\": 1, \"version\": 1, \"fingerprint\": \"x\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsAnsweredNamingTheField() throws Exception {
        Answer missing =
                call("manager", "POST", "/api/floor/absences", "{\"reason\": \"SICK\"}", "Accept-Language", "id");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("employeeId");

        long someone = employee("sri.wahyuni@sinarmaju.example");
        Answer backwards = call(
                "manager",
                "POST",
                "/api/floor/absences",
                "{\"employeeId\": " + someone + ", \"reason\": \"LATE\", \"from\": \"2099-01-01T10:00:00Z\","
                        + " \"until\": \"2099-01-01T09:00:00Z\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString())
                .isEqualTo("until");

        Answer nobody =
                call("manager", "POST", "/api/floor/absences", "{\"employeeId\": 999999, \"reason\": \"SICK\"}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body().get("errors").get(0).get("field").asString()).isEqualTo("employeeId");

        Answer unknownReason = call(
                "manager", "POST", "/api/floor/absences", "{\"employeeId\": " + someone + ", \"reason\": \"BORED\"}");
        assertThat(unknownReason.status()).isEqualTo(400);
    }

    @Test
    void anAbsenceSetsPresenceAndIsUndoneOnceAgainstTheVersionRead() throws Exception {
        long siti = employee("siti.rahmawati@sinarmaju.example");
        Answer marked =
                call("manager", "POST", "/api/floor/absences", "{\"employeeId\": " + siti + ", \"reason\": \"SICK\"}");
        assertThat(marked.status()).as(String.valueOf(marked.body())).isEqualTo(201);
        long id = marked.body().get("id").asLong();
        assertThat(marked.location()).endsWith("/api/floor/absences/" + id);
        assertThat(presence.of(siti).status()).isEqualTo(PresenceStatus.OFF_DUTY);
        assertThat(call("manager", "GET", "/api/floor/absences?size=200", null)
                        .items()
                        .toString())
                .contains("\"id\":" + id);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'floor-absence' and entity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(call("manager", "DELETE", "/api/floor/absences/" + id + "?version=5", null)
                        .status())
                .isEqualTo(409);
        assertThat(call("manager", "DELETE", "/api/floor/absences/" + id + "?version=0", null)
                        .status())
                .isEqualTo(204);
        assertThat(call("manager", "DELETE", "/api/floor/absences/" + id + "?version=1", null)
                        .status())
                .isEqualTo(409);
        assertThat(call("manager", "GET", "/api/floor/absences?size=200", null)
                        .items()
                        .toString())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(call("manager", "DELETE", "/api/floor/absences/" + id, null).status())
                .isEqualTo(400);
    }

    @Test
    void aRepairedDayKeepsEveryOtherShiftAndLeavesNoIntervalWorse() throws Exception {
        // given the phone line's week with tomorrow needing two agents all day, solved and published
        ZoneId zone = calendars.zone();
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
        LocalDate monday = tomorrow.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long queue = single("select id from work_queue where name = ?", "Phone line");
        long fullTime = single("select id from work_contract where name = ?", "Full-time 40 h");
        List<Long> roster = new ArrayList<>();
        for (JsonNode p : call("manager", "GET", "/api/scheduling/rosters/" + queue, null)
                .body()
                .get("proposed")) {
            if (roster.size() < 4) {
                roster.add(p.get("employeeId").asLong());
            }
        }
        for (long person : roster) {
            assertThat(call(
                                    "manager",
                                    "POST",
                                    "/api/scheduling/rosters/" + queue + "/members",
                                    "{\"employeeId\": " + person + ", \"contractId\": " + fullTime + "}")
                            .status())
                    .isEqualTo(201);
        }
        Answer generated = call(
                "manager",
                "POST",
                "/api/scheduling/schedules",
                "{\"queueId\": " + queue + ", \"monday\": \"" + monday
                        + "\", \"source\": \"TYPED\", \"requirement\": \"date,from,to,agents\\n" + tomorrow
                        + ",08:00,17:00,2\\n\", \"timeLimitSeconds\": 10}");
        assertThat(generated.status()).as(String.valueOf(generated.body())).isEqualTo(202);
        long scheduleId = generated.body().get("summary").get("id").asLong();
        int version = awaitSolved(scheduleId);
        assertThat(call(
                                "manager",
                                "POST",
                                "/api/scheduling/schedules/" + scheduleId + "/publish",
                                "{\"version\": " + version + "}")
                        .status())
                .isEqualTo(200);
        Instant dayStart = tomorrow.atStartOfDay(zone).toInstant();
        Instant dayEnd = tomorrow.plusDays(1).atStartOfDay(zone).toInstant();
        List<PublishedShift> before = published.onQueue(queue, dayStart, dayEnd);
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);

        // when the first of them is marked absent for the whole day
        long absent = before.get(0).employeeId();
        assertThat(call(
                                "manager",
                                "POST",
                                "/api/floor/absences",
                                "{\"employeeId\": " + absent + ", \"reason\": \"SICK\", \"from\": \"" + dayStart
                                        + "\", \"until\": \"" + dayEnd + "\"}")
                        .status())
                .isEqualTo(201);

        // then the day's coverage counts them off the queue all day
        assertThat(queueDays.on(queue, tomorrow).person(absent).orElseThrow().expected())
                .isEmpty();

        // and the repair shows the absent person's shift taken out and no interval worse than before
        Answer preview = call("manager", "GET", "/api/floor/repairs?queueId=" + queue + "&date=" + tomorrow, null);
        assertThat(preview.status()).as(String.valueOf(preview.body())).isEqualTo(200);
        JsonNode repair = preview.body();
        assertThat(repair.get("shortened")).hasSize(1);
        assertThat(repair.get("shortened").get(0).get("employeeId").asLong()).isEqualTo(absent);
        assertThat(repair.get("intervals")).isNotEmpty();
        for (JsonNode interval : repair.get("intervals")) {
            int required = interval.get("required").asInt();
            assertThat(Math.min(required, interval.get("after").asInt()))
                    .isGreaterThanOrEqualTo(
                            Math.min(required, interval.get("before").asInt()));
        }
        for (JsonNode move : repair.get("moves")) {
            assertThat(move.get("employeeId").asLong()).isNotEqualTo(absent);
        }
        // and the repair page shows the same, in both languages
        String name = jdbc.sql("select full_name from employee where id = ?")
                .param(absent)
                .query(String.class)
                .single();
        String path = "/floor/repair?queueId=" + queue + "&date=" + tomorrow;
        assertThat(page(path, "en"))
                .contains(name + ": the shift")
                .contains("is taken out")
                .contains("Before");
        assertThat(page(path, "id"))
                .contains(name + ": shift")
                .contains("dikeluarkan")
                .contains("Sebelum");

        int shown = repair.get("version").asInt();
        String fingerprint = repair.get("fingerprint").asString();

        // and publishing it is refused to an agent, for another repair and for a stale version
        String body = "{\"queueId\": " + queue + ", \"date\": \"" + tomorrow
                + "\", \"version\": %d, \"fingerprint\": \"%s\"}";
        assertThat(call("agent", "POST", "/api/floor/repairs", body.formatted(shown, fingerprint))
                        .status())
                .isEqualTo(403);
        assertThat(call("manager", "POST", "/api/floor/repairs", body.formatted(shown, "another"))
                        .status())
                .isEqualTo(409);
        assertThat(call("manager", "POST", "/api/floor/repairs", body.formatted(shown - 1, fingerprint))
                        .status())
                .isEqualTo(409);

        // when it is published
        Answer repaired = call("manager", "POST", "/api/floor/repairs", body.formatted(shown, fingerprint));
        assertThat(repaired.status()).as(String.valueOf(repaired.body())).isEqualTo(200);
        assertThat(repaired.body().get("version").asInt()).isEqualTo(2);
        assertThat(repaired.body().get("affectedEmployeeIds").toString()).contains(String.valueOf(absent));

        // then everyone else keeps their shift as it was, and the absent person has none that day
        Map<Long, String> hoursBefore = hours(before);
        Map<Long, String> hoursAfter = hours(published.onQueue(queue, dayStart, dayEnd));
        hoursBefore.remove(absent);
        assertThat(hoursAfter).isEqualTo(hoursBefore);
        // and publishing the same repair again is refused: it was published
        assertThat(call("manager", "POST", "/api/floor/repairs", body.formatted(shown, fingerprint))
                        .status())
                .isEqualTo(409);
    }

    /** A page as the manager sees it, in {@code language}. */
    private String page(String path, String language) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString("manager:demo"
                                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .header("Cookie", "kantor-language=" + language)
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<Long, String> hours(List<PublishedShift> shifts) {
        Map<Long, String> hours = new HashMap<>();
        shifts.forEach(s -> hours.put(s.employeeId(), s.shiftType() + " " + s.startsAt() + "-" + s.endsAt()));
        return hours;
    }

    private int awaitSolved(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode schedule = null;
        while (System.nanoTime() < deadline) {
            schedule = call("manager", "GET", "/api/scheduling/schedules/" + id, null)
                    .body();
            if (!schedule.get("summary").get("solving").asBoolean()) {
                return schedule.get("summary").get("version").asInt();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not solved in time: " + schedule);
    }
}
