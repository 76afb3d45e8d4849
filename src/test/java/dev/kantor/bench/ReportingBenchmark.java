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

import dev.kantor.KantorApplication;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.FigureRollups;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reporting at scale on PostgreSQL: the demo company, then a million cases over two years written
 * straight into cases' tables (a bench-only bulk path: a tenth open, a third with a rating, a fifth
 * complaints, a few with resolution actions) and 200,000 internal requests as reporting's copy of
 * them holds them after service's events. Then one rebuild of every case figure from cases' CaseFacts,
 * timed, and every dashboard (front office for the last 30 days and for a year, back office, HR, my
 * figures, a drill-down, a CSV) requested over HTTP back to back after a warm-up: p50/p95/p99/max.
 *
 * <p>Not a test: run with {@code bench/reporting.sh [cases] [requests] [calls]}. Loopback only.
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
        System.out.printf(
                "machine: %d cores, load %s, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .trim(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext kantor = new SpringApplicationBuilder(KantorApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--kantor.demo.cases=false",
                            "--kantor.demo.schedules=false",
                            "--logging.level.root=WARN",
                            "--spring.main.banner-mode=off");
            int port = kantor.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcTemplate jdbc = kantor.getBean(JdbcTemplate.class);

            long started = System.nanoTime();
            generateCases(jdbc, cases);
            generateRequests(jdbc, requests);
            jdbc.execute("analyze");
            System.out.printf(
                    "generated %,d cases and %,d internal requests in %.1f s%n",
                    cases, requests, (System.nanoTime() - started) / 1e9);

            FigureRollups rollups = kantor.getBean(FigureRollups.class);
            long rebuildStarted = System.nanoTime();
            long counted = SystemUser.call(rollups::rebuild);
            System.out.printf(
                    "rebuild: %,d cases counted in %.1f s%n", counted, (System.nanoTime() - rebuildStarted) / 1e9);
            jdbc.execute("analyze");

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            String year = "from=" + today.minusDays(364) + "&to=" + today;
            System.out.println();
            System.out.println("| dashboard | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (String[] page : new String[][] {
                {"manager", "/reports/front-office"},
                {"manager", "/reports/front-office?" + year},
                {"manager", "/reports/front-office/targets-by-topic.csv?" + year},
                {"manager", "/reports/front-office/cases?measure=resolved_breached&" + year},
                {"manager", "/api/reports/front-office?" + year},
                {"backoffice", "/reports/back-office?" + year},
                {"hr", "/reports/hr"},
                {"agent", "/reports/mine?" + year}
            }) {
                measure(port, page[0], page[1], calls);
            }
            kantor.close();
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
    static void generateCases(JdbcTemplate jdbc, int count) {
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
    }

    /** Internal requests over the last year as reporting's copy holds them after service's events; a tenth open. */
    static void generateRequests(JdbcTemplate jdbc, int count) {
        Random random = new Random(SEED + 1);
        List<Long> departments = jdbc.queryForList("select id from department order by id", Long.class);
        Instant now = Instant.now();
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        int batch = 10_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                Instant filed = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
                boolean open = random.nextInt(10) == 0;
                rows.add(new Object[] {
                    5_000_000L + i,
                    departments.get(random.nextInt(departments.size())),
                    Date.valueOf(LocalDate.ofInstant(filed, zone)),
                    Timestamp.from(filed),
                    random.nextInt(3) == 0 ? (long) i : null,
                    open ? null : Timestamp.from(filed.plus(Duration.ofMinutes(30 + random.nextInt(3000)))),
                    open ? 0 : random.nextInt(5) == 0 ? 0 : 1
                });
            }
            jdbc.batchUpdate(
                    """
                    insert into reporting_request (request_id, department_id, filed_day, filed_at, case_id, resolved_at,
                        target_met) values (?, ?, ?, ?, ?, ?, ?)""",
                    rows);
        }
    }
}
