package dev.kantor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live board's snapshot on PostgreSQL with 20 queues and 300 people on today's published shifts:
 * queues made through staffing's API (the demo front desk's eight weeks of contacts copied to each, so
 * that every queue has a real forecast), shifts and breaks written as a published schedule leaves them,
 * two people in three having set their presence, each of the 300 a real employee with a skill and a
 * language. Then {@link FloorBoard#snapshot} in process at 11:00
 * of a Wednesday, on one thread, after a warm-up (p50/p95/p99), and {@code GET /api/floor/board} from
 * one client back to back.
 *
 * <p>Not a test: run with {@code bench/floor-board.sh [snapshots]}. Loopback only; it stops by itself.
 */
public final class FloorBoardBenchmark {

    static final long SEED = 20261129L;
    static final int QUEUES = 20;
    static final int PEOPLE_PER_QUEUE = 15;
    static final int WARM_UP = 300;
    /** First id of the generated people, far above the demo company's. */
    static final long FIRST_PERSON = 900_000L;

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.demo.schedules=false")) {
            int port = kantor.port();
            ZoneId zone = kantor.bean(BusinessCalendars.class).zone();
            LocalDate date = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
            Instant at = date.atTime(11, 0).atZone(zone).toInstant();
            long t0 = System.nanoTime();
            generate(kantor, date, zone, at);
            System.out.printf(
                    "%d queues, %d people scheduled, generated in %.1f s%n",
                    QUEUES, QUEUES * PEOPLE_PER_QUEUE, (System.nanoTime() - t0) / 1e9);

            FloorBoard board = kantor.bean(FloorBoard.class);
            FloorSnapshot first = ReplayableClock.at(at, () -> board.snapshot(at));
            System.out.printf(
                    "snapshot: %d queues, %d people, %d intervals in the first queue%n",
                    first.queues().size(),
                    first.queues().stream().mapToInt(q -> q.people().size()).sum(),
                    first.queues().get(0).intervals().size());
            for (int i = 0; i < WARM_UP; i++) {
                ReplayableClock.at(at, () -> board.snapshot(at));
            }
            long[] nanos = new long[measured];
            for (int i = 0; i < measured; i++) {
                Instant moment = at.plusSeconds(i % 600);
                long start = System.nanoTime();
                ReplayableClock.at(moment, () -> board.snapshot(moment));
                nanos[i] = System.nanoTime() - start;
            }
            report("FloorBoard.snapshot in process, " + measured + " calls", nanos);

            HttpClient http = HttpClient.newHttpClient();
            String auth =
                    "Basic " + Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/floor/board"))
                    .header("Authorization", auth)
                    .build();
            int calls = Math.max(100, measured / 4);
            for (int i = 0; i < 50; i++) {
                http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            long[] httpNanos = new long[calls];
            long bytes = 0;
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                httpNanos[i] = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/floor/board answered " + response.statusCode());
                }
                bytes += response.body().length();
            }
            report("GET /api/floor/board (now), 1 client, " + calls + " calls", httpNanos);
            System.out.printf("answer: %.1f KiB on average%n", bytes / 1024.0 / calls);
        }
    }

    private static void generate(BenchKantor kantor, LocalDate date, ZoneId zone, Instant at) {
        WorkQueues queues = kantor.bean(WorkQueues.class);
        JdbcClient jdbc = kantor.bean(JdbcClient.class);
        PresenceBoard presence = kantor.bean(PresenceBoard.class);
        long frontDesk = queues.all().stream()
                .filter(q -> q.name().equals("Front desk"))
                .findFirst()
                .orElseThrow()
                .id();
        List<DayHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new DayHours(day, "08:00", "17:00"));
        }
        Random random = new Random(SEED);
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Timestamp weekStart = Timestamp.from(monday.atStartOfDay(zone).toInstant());
        Timestamp weekEnd =
                Timestamp.from(monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        long person = FIRST_PERSON;
        long position =
                jdbc.sql("select min(id) from job_position").query(Long.class).single();
        long skill = jdbc.sql("select min(id) from skill").query(Long.class).single();
        for (int q = 0; q < QUEUES; q++) {
            String name = "Bench queue " + q;
            QueueSummary queue = SystemUser.call(() -> queues.create(new QueueDetails(
                    name, QueueChannel.PHONE, hours, 240.0, 80.0, 20.0, null, 85.0, 30.0, null, null)));
            jdbc.sql(
                            "insert into contact_volume (queue_id, starts_at, contacts, aht_seconds, origin) "
                                    + "select ?, starts_at, contacts, aht_seconds, origin from contact_volume where queue_id = ?")
                    .params(queue.id(), frontDesk)
                    .update();
            jdbc.sql(
                            """
                    insert into schedule (queue_id, monday, status, version, published_version, published_at, published_by,
                        requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                    values (?, ?, 'PUBLISHED', 1, 1, ?, 'bench', 'TYPED', '{}', '[]', ?, ?, 'bench', ?)""")
                    .params(queue.id(), monday, weekStart, weekStart, weekEnd, weekStart)
                    .update();
            long schedule = jdbc.sql("select id from schedule where queue_id = ?")
                    .param(queue.id())
                    .query(Long.class)
                    .single();
            for (int p = 0; p < PEOPLE_PER_QUEUE; p++, person++) {
                LocalTime start = LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(5));
                LocalTime end = start.plusHours(p % 3 == 0 ? 4 : 8);
                LocalTime pause = start.plusMinutes(90 + 15L * random.nextInt(8));
                // a real employee, with a skill and a language, as the board reads names from people
                jdbc.sql(
                                "insert into employee (id, employee_number, full_name, email, position_id, manager_id, hired_on, "
                                        + "active) values (?, ?, ?, ?, ?, null, ?, true)")
                        .params(
                                person,
                                "B" + person,
                                "Bench Person " + person,
                                "bench" + person + "@example.com",
                                position,
                                date.minusYears(1))
                        .update();
                jdbc.sql("insert into employee_skill (employee, skill_id, skill_level) values (?, ?, 3)")
                        .params(person, skill)
                        .update();
                jdbc.sql("insert into employee_language (employee, language_code) values (?, 'id')")
                        .param(person)
                        .update();
                jdbc.sql("insert into schedule_published_member (schedule_id, employee_id) values (?, ?)")
                        .params(schedule, person)
                        .update();
                jdbc.sql(
                                """
                        insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type,
                            starts, ends, starts_at, ends_at)
                        values (?, ?, ?, 0, 'Day', ?, ?, ?, ?)""")
                        .params(
                                schedule,
                                person,
                                date,
                                start,
                                end,
                                Timestamp.from(date.atTime(start).atZone(zone).toInstant()),
                                Timestamp.from(date.atTime(end).atZone(zone).toInstant()))
                        .update();
                long shift = jdbc.sql("select max(id) from schedule_published_shift")
                        .query(Long.class)
                        .single();
                jdbc.sql("insert into schedule_published_break (shift_id, position, name, starts_at, ends_at) "
                                + "values (?, 0, 'Break', ?, ?)")
                        .params(
                                shift,
                                Timestamp.from(date.atTime(pause).atZone(zone).toInstant()),
                                Timestamp.from(date.atTime(pause.plusMinutes(15))
                                        .atZone(zone)
                                        .toInstant()))
                        .update();
                if (random.nextInt(3) > 0) {
                    long who = person;
                    ReplayableClock.at(
                            at.minusSeconds(3600),
                            () -> presence.set(who, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL));
                }
            }
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
