package dev.kantor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.FigureRollups;
import dev.kantor.reporting.RollupsRebuilt;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FrontOfficeFigures;
import dev.kantor.reporting.hr.HrDashboardParts;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reporting at scale on PostgreSQL: the demo company, then a million cases over two years written
 * straight into cases' tables (a bench-only bulk path: a tenth open, a third with a rating, a fifth
 * complaints, a few with resolution actions), a twentieth as many handoffs straight into routing's table and
 * 200,000 internal requests straight into service's table, and 5,000 employees through people's CSV import
 * ({@link BenchEmployees}). Then one rebuild of every figure (cases, handoffs, internal requests, placements)
 * from the modules' query APIs, timed; a year of moves between departments and departures through people's
 * API at the moments they happened, kept by reporting's listener as dated placements; the year's front-office
 * figures read in-process as before (seven statements over the day roll-up) and as now, side by side; and
 * every dashboard (front office for the last 30 days, for a year and for one queue, back office, HR's for 90
 * days and a year with its trend CSV, a past quarter's headcount drill-down and API, my figures, CSVs)
 * requested over HTTP back to back after a warm-up: p50/p95/p99/max. Kantor starts through {@link BenchKantor}.
 *
 * <p>Not a test: run with {@code bench/reporting.sh [cases] [requests] [calls] [employees]}. Loopback only.
 */
public final class ReportingBenchmark {

    static final long SEED = 20261129L;
    static final String[] CHANNELS = {"WALK_IN", "PHONE", "EMAIL", "WEB"};
    static final String[] TYPES = {"QUESTION", "REQUEST", "COMPLAINT", "QUESTION", "REQUEST"};
    static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};
    static final String[] ACTIONS = {"REFUND", "STORE_CREDIT", "REPLACEMENT", "FEE_WAIVER", "GOODWILL_GIFT"};

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int employees = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.demo.schedules=false")) {
            int port = kantor.port();
            JdbcTemplate jdbc = kantor.jdbc();

            long started = System.nanoTime();
            long firstCase = generateCases(jdbc, cases);
            int handoffs = cases / 20;
            generateHandoffs(jdbc, firstCase, cases, handoffs);
            generateRequests(jdbc, requests);
            System.out.printf(
                    "generated %,d cases, %,d handoffs and %,d internal requests in %.1f s%n",
                    cases, handoffs, requests, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            BenchEmployees staff = new BenchEmployees(
                    kantor.bean(PeopleAdministration.class), kantor.bean(People.class), jdbc, SEED + 3);
            List<Long> hired = staff.importEmployees(employees);
            jdbc.execute("analyze");
            System.out.printf(
                    "imported %,d employees through people's import in %.1f s%n",
                    hired.size(), (System.nanoTime() - started) / 1e9);

            FigureRollups rollups = kantor.bean(FigureRollups.class);
            RollupsRebuilt rebuilt = SystemUser.call(() -> rollups.rebuildAll("benchmark"));
            System.out.printf(
                    "rebuild of every figure: %,d cases, %,d handoffs, %,d internal requests, the placements of"
                            + " %,d employees in %.1f s%n",
                    rebuilt.cases(),
                    rebuilt.handoffs(),
                    rebuilt.requests(),
                    jdbc.queryForObject("select count(distinct employee_id) from reporting_placement", Long.class),
                    rebuilt.took().toMillis() / 1e3);
            // after the rebuild (which starts everyone on their hiring day), a year of moves and departures as
            // people's events record them, so that the headcount's history has something to show
            started = System.nanoTime();
            int[] movedAndLeft = staff.moveAndDepart(hired);
            jdbc.execute("analyze");
            System.out.printf(
                    "%,d moves and %,d departures over the last year through people's API in %.1f s; %,d placements%n",
                    movedAndLeft[0],
                    movedAndLeft[1],
                    (System.nanoTime() - started) / 1e9,
                    jdbc.queryForObject("select count(*) from reporting_placement", Long.class));

            LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            compareYearReads(kantor.bean(FrontOfficeFigures.class), jdbc, day, calls);
            long queue = jdbc.queryForObject("select min(id) from work_queue", Long.class);
            long department = jdbc.queryForObject(
                    "select department_id from reporting_placement group by department_id order by count(*) desc"
                            + " limit 1",
                    Long.class);

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            HrDashboardParts.print(kantor.context(), today.minusDays(89), today, calls);
            String year = "from=" + today.minusDays(364) + "&to=" + today;
            String pastQuarter = "from=" + today.minusDays(270) + "&to=" + today.minusDays(180);
            System.out.println();
            System.out.println("| dashboard | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (String[] page : new String[][] {
                {"manager", "/reports/front-office"},
                {"manager", "/reports/front-office?" + year},
                {"manager", "/reports/front-office?" + year + "&queue=" + queue},
                {"manager", "/reports/front-office/targets-by-queue.csv?" + year},
                {"manager", "/reports/front-office/targets-by-topic.csv?" + year},
                {"manager", "/reports/front-office/cases?measure=resolved_breached&" + year},
                {"manager", "/api/reports/front-office?" + year},
                {"backoffice", "/reports/back-office?" + year},
                {"hr", "/reports/hr"},
                {"hr", "/reports/hr?" + year},
                {"hr", "/reports/hr/headcount-trend.csv?" + year},
                {
                    "hr",
                    "/reports/hr/people?table=headcount-by-department&row=d" + department + "&column=headcount&"
                            + pastQuarter
                },
                {"hr", "/api/reports/hr?" + year},
                {"agent", "/reports/mine?" + year}
            }) {
                measure(port, page[0], page[1], calls);
            }
        }
    }

    /**
     * The year's front-office figures read in-process, the way they were read before (seven grouped statements
     * over the day roll-ups, kept here as they were) and as they are now (one statement over the month and day
     * roll-ups, one for handoffs), alternately so that both meet the same load: p50/p99 and their ratio.
     */
    static void compareYearReads(FrontOfficeFigures figures, JdbcTemplate jdbc, LocalDate today, int calls) {
        FigureFilter year = new FigureFilter(today.minusDays(364), today, null, null, null);
        for (int i = 0; i < 10; i++) {
            figures.all(year);
            readAsBefore(jdbc, year);
        }
        long[] before = new long[calls];
        long[] after = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            readAsBefore(jdbc, year);
            before[i] = System.nanoTime() - start;
            start = System.nanoTime();
            figures.all(year);
            after[i] = System.nanoTime() - start;
        }
        Arrays.sort(before);
        Arrays.sort(after);
        int p99 = Math.min(calls - 1, (int) (calls * 0.99));
        System.out.printf(
                "%nyear's front-office figures in-process: before p50 %.1f ms p99 %.1f ms; now p50 %.1f ms p99 %.1f ms;"
                        + " now/before p50 %.2f, p99 %.2f%n",
                before[calls / 2] / 1e6,
                before[p99] / 1e6,
                after[calls / 2] / 1e6,
                after[p99] / 1e6,
                (double) after[calls / 2] / before[calls / 2],
                (double) after[p99] / before[p99]);
    }

    /** The seven grouped statements the dashboard ran before the month roll-up: the reference to compare with. */
    static void readAsBefore(JdbcTemplate jdbc, FigureFilter filter) {
        Object[] period = {Date.valueOf(filter.from()), Date.valueOf(filter.to())};
        for (String sql : new String[] {
            "select topic, sum(opened), sum(responded_met), sum(responded_breached), sum(resolved_met),"
                    + " sum(resolved_breached) from reporting_service_day where on_day between ? and ?"
                    + " group by topic order by topic",
            "select channel, sum(opened), sum(responded_met), sum(responded_breached), sum(resolved_met),"
                    + " sum(resolved_breached) from reporting_service_day where on_day between ? and ?"
                    + " group by channel order by channel",
            "select channel, sum(resolved), sum(first_contact) from reporting_service_day"
                    + " where on_day between ? and ? group by channel order by channel",
            "select topic, outcome, sum(complaints) from reporting_service_day where on_day between ? and ?"
                    + " and case_type = 'COMPLAINT' group by topic, outcome order by topic, outcome",
            "select office, sum(rated), sum(rating_sum) from reporting_service_day where on_day between ? and ?"
                    + " group by office order by office",
            "select topic, sum(within_authority), sum(sent_for_approval) from reporting_service_day"
                    + " where on_day between ? and ? group by topic order by topic",
            "select on_day, sum(started), sum(accepted), sum(accept_seconds), sum(queued) from reporting_handoff_day"
                    + " where on_day between ? and ? group by on_day order by on_day"
        }) {
            jdbc.queryForList(sql, period);
        }
    }

    static void measure(int port, String user, String path, int calls) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "| `%s` as %s | %.1f | %.1f | %.1f | %.1f |%n",
                path,
                user,
                nanos[calls / 2] / 1e6,
                nanos[(int) (calls * 0.95)] / 1e6,
                nanos[Math.min(calls - 1, (int) (calls * 0.99))] / 1e6,
                nanos[calls - 1] / 1e6);
    }

    /** Cases over the last two years, in batches, by the bench-only bulk path: straight into cases' tables. */
    static long generateCases(JdbcTemplate jdbc, int count) {
        Random random = new Random(SEED);
        List<Long> owners =
                jdbc.queryForList("select e.id from employee e where e.active = true order by e.id", Long.class);
        List<String> topics = jdbc.queryForList("select code from topic order by code", String.class);
        jdbc.update(
                "insert into customer (full_name, email, language, created_at) values ('Bench Customer', 'bench@example.com', 'en', ?)",
                Timestamp.from(Instant.now()));
        long customer = jdbc.queryForObject("select max(id) from customer", Long.class);
        Instant now = Instant.now();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from customer_case", Long.class);
        int batch = 10_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            List<Object[]> actions = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                long id = firstId + i;
                Instant opened = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
                boolean open = random.nextInt(10) == 0;
                Instant firstResponse =
                        open && random.nextBoolean() ? null : opened.plus(Duration.ofMinutes(5 + random.nextInt(600)));
                Instant resolved = open ? null : opened.plus(Duration.ofMinutes(60 + random.nextInt(5000)));
                Integer rating = !open && random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null;
                String type = TYPES[random.nextInt(TYPES.length)];
                rows.add(new Object[] {
                    id,
                    "B-" + id,
                    "bench-" + id,
                    customer,
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    type,
                    topics.get(random.nextInt(topics.size())),
                    PRIORITIES[random.nextInt(PRIORITIES.length)],
                    "Bench case " + id,
                    open ? "OPEN" : "RESOLVED",
                    owners.get(random.nextInt(owners.size())),
                    Timestamp.from(opened),
                    firstResponse == null ? null : Timestamp.from(firstResponse),
                    resolved == null ? null : Timestamp.from(resolved),
                    rating,
                    rating == null ? null : Timestamp.from(resolved.plus(Duration.ofHours(2)))
                });
                if (!open && "COMPLAINT".equals(type) && random.nextInt(3) == 0) {
                    boolean approved = random.nextInt(4) == 0;
                    actions.add(new Object[] {
                        id,
                        ACTIONS[random.nextInt(ACTIONS.length)],
                        50_000L + random.nextInt(500_000),
                        approved ? "APPROVED" : "CARRIED_OUT",
                        owners.get(random.nextInt(owners.size())),
                        Timestamp.from(opened.plus(Duration.ofMinutes(30))),
                        approved ? owners.get(0) : null,
                        Timestamp.from(resolved)
                    });
                }
            }
            jdbc.batchUpdate(
                    """
                    insert into customer_case (id, reference, access_token, customer_id, channel, case_type, topic,
                        priority, subject, status, owner_id, opened_at, first_response_at, resolved_at, rating, rated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows);
            jdbc.batchUpdate(
                    """
                    insert into resolution_action (case_id, action_type, amount, state, proposed_by, proposed_at,
                        approver_id, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    actions);
        }
        return firstId;
    }

    /**
     * Handoffs of random generated cases by the bench-only bulk path, straight into routing's table: most
     * accepted within minutes, a tenth fallen back to the team queue, a few still offered.
     */
    static void generateHandoffs(JdbcTemplate jdbc, long firstCase, int cases, int count) {
        Random random = new Random(SEED + 2);
        List<Object[]> senders = jdbc.query(
                """
                select e.id, p.department_id from employee e join job_position p on p.id = e.position_id
                where e.active = true order by e.id""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        List<String> topics = jdbc.queryForList("select code from topic order by code", String.class);
        Instant now = Instant.now();
        int batch = 10_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                Object[] sender = senders.get(random.nextInt(senders.size()));
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
                int fate = random.nextInt(20);
                String state = fate == 0 ? "OFFERED" : fate <= 2 ? "QUEUED" : "ACCEPTED";
                Instant decided =
                        "OFFERED".equals(state) ? null : created.plus(Duration.ofSeconds(20 + random.nextInt(600)));
                rows.add(new Object[] {
                    firstCase + random.nextInt(cases),
                    topics.get(random.nextInt(topics.size())),
                    "en",
                    sender[0],
                    sender[1],
                    state,
                    Timestamp.from(created),
                    "ACCEPTED".equals(state) ? senders.get(random.nextInt(senders.size()))[0] : null,
                    decided == null ? null : Timestamp.from(decided)
                });
            }
            jdbc.batchUpdate(
                    """
                    insert into handoff (case_id, topic, language, sender_id, sender_department_id, state, created_at,
                        receiver_id, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows);
        }
    }

    /**
     * Internal requests over the last year by the bench-only bulk path, straight into service's table (the
     * rebuild reads them back through service's RequestFacts); a tenth open, a fifth of the resolved late.
     */
    static void generateRequests(JdbcTemplate jdbc, int count) {
        Random random = new Random(SEED + 1);
        List<Object[]> offerings =
                jdbc.query("select id, department_id, target_minutes from service_offering order by id", (rs, n) ->
                        new Object[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)});
        List<Long> requesters =
                jdbc.queryForList("select e.id from employee e where e.active = true order by e.id", Long.class);
        Instant now = Instant.now();
        int batch = 10_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                Object[] offering = offerings.get(random.nextInt(offerings.size()));
                Instant filed = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
                boolean open = random.nextInt(10) == 0;
                rows.add(new Object[] {
                    offering[0],
                    offering[1],
                    requesters.get(random.nextInt(requesters.size())),
                    random.nextInt(3) == 0 ? (long) i : null,
                    open ? "OPEN" : "RESOLVED",
                    Timestamp.from(filed),
                    open ? null : Timestamp.from(filed.plus(Duration.ofMinutes(30 + random.nextInt(3000)))),
                    offering[2],
                    open ? null : random.nextInt(5) != 0
                });
            }
            jdbc.batchUpdate(
                    """
                    insert into internal_request (offering_id, department_id, requester_id, case_id, status, filed_at,
                        resolved_at, target_minutes, target_met) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows);
        }
    }
}
