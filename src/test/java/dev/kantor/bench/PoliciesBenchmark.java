package dev.kantor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.policies.acknowledgements.Acknowledgements;
import dev.kantor.policies.applying.PoliciesInForce;
import dev.kantor.policies.applying.PublishedHandbook;

/**
 * The policies at size, on PostgreSQL with the demo company, 5,000 more active employees and 500 more published
 * policies (random categories and scopes: everyone, offices, departments, positions, named employees; one to three
 * versions each), and every employee asked to acknowledge ten versions (a third of them done):
 *
 * <ol>
 * <li>resolving one employee's policies ({@link PoliciesInForce#of}: the employee read through people, the rule
 * over the published versions held in memory), a random employee each call;</li>
 * <li>HR's acknowledgement report over everyone ({@link Acknowledgements#report}).</li>
 * </ol>
 *
 * Usage: {@code bench/policies.sh [measured-calls]}.
 */
public final class PoliciesBenchmark {

    static final int EMPLOYEES = 5_000;
    static final int POLICIES = 500;
    static final long SEED = 16;
    static final String[] CATEGORIES = {
        "DRESS_CODE", "BREAKS_AND_MEALS", "WORKING_TIME", "FLEXTIME", "TELEWORK", "CONDUCT", "SAFETY", "OTHER"
    };

    private PoliciesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.demo.schedules=false")) {
            List<Long> employees;
            try (Connection c = kantor.connect()) {
                employees = generate(c, new Random(SEED));
            }
            PoliciesInForce inForce = kantor.bean(PoliciesInForce.class);
            Acknowledgements acknowledgements = kantor.bean(Acknowledgements.class);
            long published =
                    kantor.bean(PublishedHandbook.class).fresh().versions().size();
            System.out.printf("published versions: %d, employees: %d%n", published, employees.size());

            LocalDate today = inForce.today();
            Random pick = new Random(SEED + 1);
            for (int i = 0; i < calls / 2; i++) {
                inForce.of(employees.get(pick.nextInt(employees.size())), today);
            }
            long[] resolve = new long[calls];
            long applied = 0;
            for (int i = 0; i < calls; i++) {
                long employee = employees.get(pick.nextInt(employees.size()));
                long t = System.nanoTime();
                applied += inForce.of(employee, today).size();
                resolve[i] = System.nanoTime() - t;
            }
            System.out.printf("categories applying per person on average: %.1f%n", (double) applied / calls);
            report("PoliciesInForce.of (one employee)", resolve);

            int reports = Math.max(20, calls / 20);
            for (int i = 0; i < reports / 2; i++) {
                SystemUser.call(() -> acknowledgements.report(null, Locale.ENGLISH));
            }
            long[] report = new long[reports];
            Acknowledgements.Report last = null;
            for (int i = 0; i < reports; i++) {
                long t = System.nanoTime();
                last = SystemUser.call(() -> acknowledgements.report(null, Locale.ENGLISH));
                report[i] = System.nanoTime() - t;
            }
            System.out.printf(
                    "report: %d asked, %d done, %d departments, %d positions, %d overdue listed%n",
                    last.asked(),
                    last.done(),
                    last.departments().size(),
                    last.positions().size(),
                    last.overdue().size());
            report("Acknowledgements.report (everyone)", report);
        }
    }

    static List<Long> generate(Connection c, Random random) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        List<long[]> positions = new ArrayList<>();
        try (ResultSet rs =
                c.createStatement().executeQuery("select id, department_id from job_position where active = true")) {
            while (rs.next()) {
                positions.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        List<Long> departments = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select id from department")) {
            while (rs.next()) {
                departments.add(rs.getLong(1));
            }
        }
        long base = 2_000_000;
        List<Long> employees = new ArrayList<>();
        List<long[]> placed = new ArrayList<>();
        try (PreparedStatement emp = c.prepareStatement("insert into employee (id, employee_number, full_name, email, "
                + "position_id, hired_on, active, version) values (?, ?, ?, ?, ?, date '2020-01-01', true, 0)")) {
            for (int e = 0; e < EMPLOYEES; e++) {
                long id = base + e;
                long[] position = positions.get(random.nextInt(positions.size()));
                emp.setLong(1, id);
                emp.setString(2, "P%05d".formatted(e + 1));
                emp.setString(3, "Policy Reader %05d".formatted(e + 1));
                emp.setString(4, "reader%05d@bench.example".formatted(e + 1));
                emp.setLong(5, position[0]);
                emp.addBatch();
                employees.add(id);
                placed.add(new long[] {id, position[0], position[1]});
            }
            emp.executeBatch();
        }
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate start = LocalDate.now().minusDays(400);
        List<Long> versions = new ArrayList<>();
        try (PreparedStatement policy = c.prepareStatement(
                        "insert into policy (id, category, created_at, created_by) values (?, ?, ?, 'bench')");
                PreparedStatement version = c.prepareStatement(
                        """
                        insert into policy_version (id, policy_id, number, title_en, title_id, body_en, body_id,
                            scope_kind, scope_targets, effective_from, status, arrangement_allowed, telework_days,
                            created_at, created_by, published_at, published_by)
                        values (?, ?, ?, ?, ?, 'text', 'teks', ?, ?, ?, 'PUBLISHED', ?, ?, ?, 'bench', ?, 'bench')""")) {
            long versionId = 3_000_000;
            for (int p = 0; p < POLICIES; p++) {
                long policyId = 3_000_000 + p;
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                boolean arrangement = category.equals("FLEXTIME") || category.equals("TELEWORK");
                policy.setLong(1, policyId);
                policy.setString(2, category);
                policy.setTimestamp(3, now);
                policy.addBatch();
                int count = 1 + random.nextInt(3);
                for (int n = 1; n <= count; n++) {
                    String[] scope = scope(random, departments, positions, employees);
                    version.setLong(1, versionId);
                    version.setLong(2, policyId);
                    version.setInt(3, n);
                    version.setString(4, "Bench policy %d v%d".formatted(p, n));
                    version.setString(5, "Kebijakan uji %d v%d".formatted(p, n));
                    version.setString(6, scope[0]);
                    version.setString(7, scope[1]);
                    version.setObject(8, start.plusDays(random.nextInt(500)));
                    version.setObject(9, arrangement ? Boolean.valueOf(random.nextBoolean()) : null);
                    version.setObject(10, arrangement ? Integer.valueOf(2) : null);
                    version.setTimestamp(11, now);
                    version.setTimestamp(12, now);
                    version.addBatch();
                    versions.add(versionId);
                    versionId++;
                }
            }
            policy.executeBatch();
            version.executeBatch();
        }
        try (PreparedStatement ack = c.prepareStatement(
                """
                insert into policy_acknowledgement (version_id, employee_id, department_id, position_id, asked_at,
                    due_on, acknowledged_at) values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (long[] person : placed) {
                for (int k = 0; k < 10; k++) {
                    ack.setLong(1, versions.get((int) ((person[0] * 31 + k * 97) % versions.size())));
                    ack.setLong(2, person[0]);
                    ack.setLong(3, person[2]);
                    ack.setLong(4, person[1]);
                    ack.setTimestamp(5, now);
                    ack.setObject(6, LocalDate.now().plusDays(random.nextInt(30) - 15));
                    ack.setTimestamp(7, random.nextInt(3) == 0 ? now : null);
                    ack.addBatch();
                }
            }
            ack.executeBatch();
        }
        c.commit();
        c.createStatement().execute("analyze");
        System.out.printf("generated in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        return employees;
    }

    private static String[] scope(Random random, List<Long> departments, List<long[]> positions, List<Long> employees) {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return new String[] {"EVERYONE", ""};
        }
        if (kind < 5) {
            return new String[] {"OFFICE", random.nextBoolean() ? "BACK" : "FRONT"};
        }
        if (kind < 7) {
            return new String[] {"DEPARTMENTS", String.valueOf(departments.get(random.nextInt(departments.size())))};
        }
        if (kind < 9) {
            return new String[] {"POSITIONS", String.valueOf(positions.get(random.nextInt(positions.size()))[0])};
        }
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            ids.append(i == 0 ? "" : ",").append(employees.get(random.nextInt(employees.size())));
        }
        return new String[] {"EMPLOYEES", ids.toString()};
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
}
