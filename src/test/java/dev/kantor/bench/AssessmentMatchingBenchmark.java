package dev.kantor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import dev.kantor.assessment.fit.Matching;
import dev.kantor.assessment.fit.Person;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.assessment.matching.Matches;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.platform.security.SystemUser;

/**
 * Ranking everyone against a position's role profile, on PostgreSQL with the demo company and 5,000
 * more active employees (random skills from the catalogue, 80 % with a self-assessment, 70 % of those
 * shared with HR), in one run:
 *
 * <ol>
 * <li>in process: {@link Matches#forPosition} for the front desk, reads included (everyone's skills,
 * the consents, the latest shared results, the candidates), after a warm-up;</li>
 * <li>the ranking alone ({@link Matching#rank}) on the same people, already read;</li>
 * <li>over HTTP: {@code GET /api/assessment/matches} as HR, one client, the whole answer read.</li>
 * </ol>
 *
 * Usage: {@code bench/assessment-matching.sh [measured-calls]}.
 */
public final class AssessmentMatchingBenchmark {

    static final int EMPLOYEES = 5_000;
    static final long SEED = 45;

    private AssessmentMatchingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.demo.schedules=false")) {
            int port = kantor.port();
            try (Connection c = kantor.connect()) {
                generate(c, new Random(SEED));
            }
            long desk;
            try (Connection c = kantor.connect();
                    ResultSet rs = c.createStatement()
                            .executeQuery("select id from job_position where code = 'front-desk-agent'")) {
                rs.next();
                desk = rs.getLong(1);
            }
            Matches matches = kantor.bean(Matches.class);
            int ranked = SystemUser.call(() -> matches.forPosition(desk)).size();
            System.out.printf("people ranked: %d%n", ranked);

            long[] service = new long[calls];
            for (int i = 0; i < calls / 3; i++) {
                SystemUser.call(() -> matches.forPosition(desk));
            }
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                SystemUser.call(() -> matches.forPosition(desk));
                service[i] = System.nanoTime() - t;
            }
            report("Matches.forPosition (reads + ranking)", service);

            // its parts, measured the same way, to tell what dominates
            dev.kantor.people.People directory = kantor.bean(dev.kantor.people.People.class);
            dev.kantor.assessment.taking.Responses responses =
                    kantor.bean(dev.kantor.assessment.taking.Responses.class);
            java.util.Set<Long> asked = kantor.bean(RoleProfiles.class)
                    .effective(desk)
                    .orElseThrow()
                    .skills()
                    .keySet();
            long[] skillsRead = new long[calls];
            long[] scoresRead = new long[calls];
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                directory.activeEmployeeSkills(asked);
                skillsRead[i] = System.nanoTime() - t;
                t = System.nanoTime();
                responses.latestScoresSharedWith(dev.kantor.assessment.Audience.HR);
                scoresRead[i] = System.nanoTime() - t;
            }
            report("  part: everyone's asked-for skills", skillsRead);
            report("  part: latest scores shared with HR", scoresRead);

            Profile profile = kantor.bean(RoleProfiles.class).effective(desk).orElseThrow();
            List<Person> people = new ArrayList<>();
            SystemUser.call(() -> matches.forPosition(desk)).forEach(m -> people.add(m.person()));
            long[] pure = new long[calls * 10];
            for (int i = 0; i < calls * 3; i++) {
                Matching.rank(profile, people);
            }
            for (int i = 0; i < pure.length; i++) {
                long t = System.nanoTime();
                Matching.rank(profile, people);
                pure[i] = System.nanoTime() - t;
            }
            report("Matching.rank (ranking alone)", pure);

            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/assessment/matches?positionId=" + desk))
                    .header(
                            "Authorization",
                            "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(StandardCharsets.UTF_8)))
                    .build();
            long[] api = new long[calls];
            for (int i = 0; i < calls / 3; i++) {
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            long bytes = 0;
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                api[i] = System.nanoTime() - t;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                bytes = response.body().length;
            }
            report("GET /api/assessment/matches (%d kB)".formatted(bytes / 1024), api);
        }
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-45s n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                what,
                sorted.length,
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** 5,000 active employees in the demo positions with 2 to 6 catalogue skills, most with answers. */
    static void generate(Connection c, Random random) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        List<Long> positions = ids(c, "select id from job_position where active = true");
        List<Long> skills = ids(c, "select id from skill");
        long base = 1_000_000;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement emp = c.prepareStatement(
                        "insert into employee (id, employee_number, full_name, email, "
                                + "position_id, hired_on, active, version) values (?, ?, ?, ?, ?, date '2020-01-01', true, 0)");
                PreparedStatement skill = c.prepareStatement(
                        "insert into employee_skill (employee, skill_id, skill_level) values (?, ?, ?)");
                PreparedStatement answer = c.prepareStatement("insert into assessment_response (employee_id, "
                        + "instrument_version, answers, scores, language, taken_at) values (?, 1, ?, ?, 'en', ?)");
                PreparedStatement consent = c.prepareStatement(
                        "insert into assessment_consent (employee_id, audience, granted_at) values (?, 'HR', ?)")) {
            for (int e = 0; e < EMPLOYEES; e++) {
                long id = base + e;
                emp.setLong(1, id);
                emp.setString(2, "B%05d".formatted(e + 1));
                emp.setString(3, "Bench Person %05d".formatted(e + 1));
                emp.setString(4, "bench%05d@bench.example".formatted(e + 1));
                emp.setLong(5, positions.get(random.nextInt(positions.size())));
                emp.addBatch();
                List<Long> shuffled = new ArrayList<>(skills);
                java.util.Collections.shuffle(shuffled, random);
                for (long s : shuffled.subList(0, 2 + random.nextInt(5))) {
                    skill.setLong(1, id);
                    skill.setLong(2, s);
                    skill.setInt(3, 1 + random.nextInt(5));
                    skill.addBatch();
                }
                if (random.nextInt(10) < 8) {
                    StringBuilder digits = new StringBuilder();
                    for (int n = 0; n < 32; n++) {
                        digits.append(1 + random.nextInt(5));
                    }
                    var scores = dev.kantor.assessment.instrument.Scoring.score(
                                    dev.kantor.assessment.instrument.Answers.parse(digits.toString()))
                            .byDimension();
                    StringBuilder stored = new StringBuilder();
                    for (dev.kantor.assessment.Dimension d : dev.kantor.assessment.Dimension.values()) {
                        stored.append(stored.length() == 0 ? "" : ",").append(scores.get(d));
                    }
                    answer.setLong(1, id);
                    answer.setString(2, digits.toString());
                    answer.setString(3, stored.toString());
                    answer.setTimestamp(4, now);
                    answer.addBatch();
                    if (random.nextInt(10) < 7) {
                        consent.setLong(1, id);
                        consent.setTimestamp(2, now);
                        consent.addBatch();
                    }
                }
            }
            emp.executeBatch();
            skill.executeBatch();
            answer.executeBatch();
            consent.executeBatch();
        }
        c.commit();
        c.createStatement().execute("analyze");
        System.out.printf("%,d employees generated in %.1f s%n", EMPLOYEES, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
