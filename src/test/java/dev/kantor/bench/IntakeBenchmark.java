package dev.kantor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Case intake through the REST API on PostgreSQL, against the ceiling of inserting the same rows
 * with plain JDBC into the same database, in one run:
 *
 * <ol>
 * <li>raw JDBC: per case, the statements intake runs (customer look-up, case number, customer,
 * case, two timeline entries, customer contact, outbox mail) in one transaction, from as many
 * writers as the load has clients;</li>
 * <li>the API at full speed: that many clients posting cases back to back;</li>
 * <li>the API at a fixed 100 requests per second, latency measured from each request's
 * scheduled start so that a stall counts against every request it delays.</li>
 * </ol>
 *
 * Not a test: run with {@code bench/intake.sh [seconds] [clients]}. Loopback only; it stops by itself.
 */
public final class IntakeBenchmark {

    private static final String BODY =
            """
            {"channel": "PHONE", "type": "COMPLAINT", "topic": "delivery", "subject": "Kulkas belum sampai",
             "message": "Kulkas yang dijadwalkan kemarin belum sampai, mohon dicek.",
             "customer": {"name": "Pelanggan %d", "email": "pelanggan%d@example.com", "language": "id"}}""";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres(
                // show what PostgreSQL does in the background, to tell its pauses from Kantor's
                server -> server.setServerConfig("log_autovacuum_min_duration", "0")
                        .setServerConfig("log_checkpoints", "on"),
                "--logging.level.io.zonky.test.db.postgres.embedded=INFO")) {
            String url = kantor.jdbcUrl();
            int port = kantor.port();
            Result raw = rawInserts(url, clients, seconds);
            report("raw JDBC inserts, " + clients + " writers", raw);
            vacuumAnalyze(url);
            warmUp(port, clients, warmUp);
            Result full = closedLoop(port, clients, seconds);
            report("API intake, " + clients + " clients back to back", full);
            Result paced = openLoop(port, 100, seconds);
            report("API intake at 100 requests/s", paced);
            System.out.printf("%nintake / raw ceiling = %.2f%n", full.perSecond() / raw.perSecond());
        }
    }

    /** Throughput and latencies (milliseconds) of one phase. */
    record Result(
            long done, long errors, double seconds, double[] latencies, double jvmCpuSeconds, double loadCpuSeconds) {

        Result(long done, long errors, double seconds, double[] latencies) {
            this(done, errors, seconds, latencies, Double.NaN, Double.NaN);
        }

        Result withCpu(double jvm, double load) {
            return new Result(done, errors, seconds, latencies, jvm, load);
        }

        double perSecond() {
            return done / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100 * latencies.length) - 1)];
        }
    }

    static void report(String phase, Result r) {
        System.out.printf(
                "%-42s %8.1f /s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %d%n",
                phase,
                r.perSecond(),
                r.percentile(50),
                r.percentile(95),
                r.percentile(99),
                r.percentile(100),
                r.errors());
        if (!Double.isNaN(r.jvmCpuSeconds())) {
            // the load shares the machine with Kantor and PostgreSQL: how much of it the load took
            System.out.printf(
                    "  CPU over %.1f s on %d cores: this JVM %.1f s, of it the load generator %.1f s%n",
                    r.seconds(), Runtime.getRuntime().availableProcessors(), r.jvmCpuSeconds(), r.loadCpuSeconds());
        }
    }

    /** The rows intake writes for one case, written with plain JDBC: the most the database can take. */
    static Result rawInserts(String url, int writers, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ids = new AtomicInteger(1_000_000);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(writers);
        long started = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            new Thread(() -> {
                        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                            c.setAutoCommit(false);
                            while (System.nanoTime() < end) {
                                long t0 = System.nanoTime();
                                insertOneCase(c, ids.incrementAndGet());
                                c.commit();
                                latencies.add((System.nanoTime() - t0) / 1e6);
                                done.incrementAndGet();
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        } finally {
                            finished.countDown();
                        }
                    })
                    .start();
        }
        finished.await();
        return result(done.get(), 0, started, latencies);
    }

    private static void insertOneCase(Connection c, int n) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String email = "raw" + n + "@example.com";
        try (PreparedStatement find =
                c.prepareStatement("select * from customer where email = ? order by id desc limit 1")) {
            find.setString(1, email);
            find.executeQuery().close();
        }
        long number;
        try (PreparedStatement next = c.prepareStatement("select nextval('case_number')");
                ResultSet rs = next.executeQuery()) {
            rs.next();
            number = rs.getLong(1);
        }
        long customer = insert(
                c,
                "insert into customer (full_name, email, phone, language, created_at, version) "
                        + "values (?, ?, null, 'id', ?, 0)",
                "Pelanggan " + n,
                email,
                now);
        long caseId = insert(
                c,
                "insert into customer_case (reference, access_token, customer_id, channel, case_type, "
                        + "topic, priority, subject, status, owner_id, opened_at, first_response_at, version) "
                        + "values (?, ?, ?, 'PHONE', 'COMPLAINT', 'delivery', 'HIGH', 'Kulkas belum sampai', 'OPEN', 1, ?, ?, 0)",
                "RAW-" + number,
                "raw-token-" + n,
                customer,
                now,
                now);
        insert(
                c,
                "insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail) "
                        + "values (?, ?, 'OPENED', 'PUBLIC', 1, false, null, 'PHONE')",
                caseId,
                now);
        insert(
                c,
                "insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail) "
                        + "values (?, ?, 'CUSTOMER_MESSAGE', 'INTERNAL', 1, false, ?, null)",
                caseId,
                now,
                "Kulkas yang dijadwalkan kemarin belum sampai, mohon dicek.");
        insert(
                c,
                "insert into customer_contact (employee_id, case_id, at, channel) values (1, ?, ?, 'PHONE')",
                caseId,
                now);
        insert(
                c,
                "insert into outbox_mail (created_at, recipient, subject, body, case_id, message_id) "
                        + "values (?, ?, ?, ?, ?, ?)",
                now,
                email,
                "[RAW] Pesan Anda telah kami terima",
                "Yth. Pelanggan, terima kasih...",
                caseId,
                "<" + java.util.UUID.randomUUID() + "@localhost>");
    }

    private static long insert(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /**
     * The raw phase leaves tens of thousands of new rows that autovacuum would otherwise process a
     * minute after PostgreSQL starts, in the middle of the API phases, stalling their commits for
     * up to two seconds on two cores: the API would pay for the ceiling's rows.
     */
    static void vacuumAnalyze(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(true);
            c.createStatement().execute("vacuum analyze");
        }
    }

    private static final String AGENT =
            "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

    /** Posts one phone complaint as the agent; answers the status code. */
    static int postCase(KeptAliveConnection connection, int n) throws IOException {
        return connection.postJson("/api/cases", AGENT, BODY.formatted(n, n));
    }

    /** Long enough for the JIT to compile the intake path: measured before, C2 was still busy. */
    static void warmUp(int port, int clients, int seconds) throws Exception {
        closedLoop(port, clients, seconds);
    }

    static final AtomicInteger CASES = new AtomicInteger();

    /** Clients posting cases back to back, each on its own connection: the most the service takes. */
    static Result closedLoop(int port, int clients, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(clients);
        long started = System.nanoTime();
        long processCpu = processCpuNanos();
        AtomicLong clientCpu = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                        long threadCpu = THREADS.getCurrentThreadCpuTime();
                        try (KeptAliveConnection connection = new KeptAliveConnection(port)) {
                            while (System.nanoTime() < end) {
                                long t0 = System.nanoTime();
                                int status = postCase(connection, CASES.incrementAndGet());
                                latencies.add((System.nanoTime() - t0) / 1e6);
                                (status == 201 ? done : errors).incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        } finally {
                            clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - threadCpu);
                            finished.countDown();
                        }
                    })
                    .start();
        }
        finished.await();
        Result result = result(done.get(), errors.get(), started, latencies);
        return result.withCpu((processCpuNanos() - processCpu) / 1e9, clientCpu.get() / 1e9);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Requests at a fixed rate, whatever the answers do; latency counts from the scheduled start,
     * so that a request waiting for a free connection behind a slow one counts as slow too.
     */
    static Result openLoop(int port, int perSecond, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        ThreadLocal<KeptAliveConnection> connections = ThreadLocal.withInitial(() -> new KeptAliveConnection(port));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        int total = perSecond * seconds;
        CountDownLatch finished = new CountDownLatch(total);
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        System.out.printf("  paced phase starts at %s%n", java.time.LocalTime.now());
        ConcurrentLinkedQueue<Double> slow = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < total; i++) {
            long scheduled = started + i * interval;
            scheduler.schedule(
                    () -> pool.execute(() -> {
                        boolean created;
                        try {
                            created = postCase(connections.get(), CASES.incrementAndGet()) == 201;
                        } catch (IOException e) {
                            created = false;
                            connections.remove();
                        }
                        double millis = (System.nanoTime() - scheduled) / 1e6;
                        latencies.add(millis);
                        if (millis > 250) {
                            slow.add((scheduled - started) / 1e9);
                        }
                        (created ? done : errors).incrementAndGet();
                        finished.countDown();
                    }),
                    scheduled - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        finished.await(seconds + 60L, TimeUnit.SECONDS);
        if (!slow.isEmpty()) {
            // a stall shows as a run of slow requests: when in the phase it began and ended
            System.out.printf(
                    "  %d requests over 250 ms, scheduled between %.2f s and %.2f s into the phase%n",
                    slow.size(),
                    slow.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    slow.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        scheduler.shutdownNow();
        pool.shutdownNow(); // its threads would keep the JVM alive after the report
        return result(done.get(), errors.get(), started, latencies);
    }

    private static Result result(long done, long errors, long startedNanos, ConcurrentLinkedQueue<Double> latencies) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Result(done, errors, seconds, sorted);
    }

    private IntakeBenchmark() {}
}
