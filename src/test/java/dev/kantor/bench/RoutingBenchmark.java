package dev.kantor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.people.Whereabouts;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.web.Times;
import dev.kantor.routing.Candidate;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WhoCanHelp;
import dev.kantor.routing.helpers.TopicCoverage;

/**
 * "Who can help now" on PostgreSQL with an organisation of 5,000 employees and 300 topics, in one
 * run:
 *
 * <ol>
 * <li>in process: {@link WhoCanHelp#ask} on one thread, over all 300 topics in random order with
 * random customer languages, after a warm-up; with the time of its parts (the people query, the
 * presence and the open-case look-ups) measured the same way, to tell what dominates;</li>
 * <li>who works remotely today (one in {@value #REMOTE_ONE_IN} said so): the answer as it is, kept in memory, beside
 * the answer with the two reads it made until 2026-11-29, on the same questions alternating;</li>
 * <li>over HTTP: {@code GET /api/helpers} from N clients back to back, beside {@code GET /api/ping}
 * (sign-in and nothing else) as the framework's ceiling, both as the same user through the same
 * HTTP Basic chain. The two alternate (ping, helpers, helpers, ping; half the time each) so that
 * a noisy neighbour on the machine weighs on both alike.</li>
 * </ol>
 *
 * The organisation is generated with plain JDBC batches from a seeded {@link Random}, so every run
 * asks the same questions of the same data: 10 departments of front- and back-office positions,
 * 60 skills (some far more common than others, as in a real company), 5,000 employees with 2–6
 * skills at levels 1–5 and 1–3 of the languages id, en, jv, zh, everyone's presence, open and
 * closed cases, pending handoffs, and 300 topics of 1–3 skills at minimum levels 2–4.
 *
 * Not a test: run with {@code bench/routing.sh [seconds] [clients]}. Loopback only; it stops by itself.
 */
public final class RoutingBenchmark {

    static final long SEED = 20261127L;
    static final int EMPLOYEES = 5_000;
    static final int TOPICS = 300;
    static final int SKILLS = 60;
    static final int CUSTOMERS = 2_000;
    static final int CASES = 8_000;
    static final int PENDING_HANDOFFS = 150;
    static final int WARM_UP_CALLS = 2_000;
    static final int MEASURED_CALLS = 12_000;
    /** What employees speak. */
    static final String[] LANGUAGES = {"id", "en", "jv", "zh"};
    /**
     * What customers are asked in: "who can help" takes only the languages Kantor itself speaks
     * (platform.i18n.Languages) and answers 400 for jv or zh.
     */
    static final String[] ASKED_IN = {"id", "en"};

    static final String USER = "agent";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.println(BenchKantor.machineLine());
        try (BenchKantor kantor = BenchKantor.onPostgres()) {
            int port = kantor.port();
            long t0 = System.nanoTime();
            List<String> topicCodes;
            try (Connection c = kantor.connect()) {
                topicCodes = new Organisation(new Random(SEED)).insert(c);
            }
            System.out.printf("organisation generated and analysed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            try (Connection c = kantor.connect()) {
                someWorkRemotelyToday(c, kantor.bean(Times.class));
            }
            TopicCatalogue catalogue = kantor.bean(TopicCatalogue.class);
            reloadCatalogue(catalogue, topicCodes);

            inProcess(kantor, topicCodes);
            remoteWorkBeforeAndAfter(kantor, topicCodes);
            coverage(kantor);
            catalogueReload(catalogue, topicCodes);

            warmUp(port, clients, Math.max(10, seconds / 2), topicCodes);
            Result[] ping = new Result[2];
            Result[] helpers = new Result[2];
            int half = Math.max(1, seconds / 2);
            ping[0] = closedLoop(port, clients, half, r -> PING);
            helpers[0] = closedLoop(port, clients, half, r -> helpersPath(topicCodes, r));
            helpers[1] = closedLoop(port, clients, half, r -> helpersPath(topicCodes, r));
            ping[1] = closedLoop(port, clients, half, r -> PING);
            System.out.println();
            Result trivial = Result.merge(ping);
            Result help = Result.merge(helpers);
            report("GET /api/ping, " + clients + " clients", trivial);
            report("GET /api/helpers, " + clients + " clients", help);
            System.out.printf(
                    "helpers answers: %.1f KiB on average%n", help.bytes() / 1024.0 / Math.max(1, help.done()));
            System.out.printf("%nhelpers / ping throughput = %.2f%n", help.perSecond() / trivial.perSecond());
        }
    }

    /**
     * The coverage page, which refreshes every 15 s for whoever has it open: one presence read for
     * all topics, beside asking each topic on its own as the page did before (and as "Help a
     * customer" does), in the same run.
     */
    static void coverage(BenchKantor kantor) {
        TopicCoverage coverage = kantor.bean(TopicCoverage.class);
        WhoCanHelp whoCanHelp = kantor.bean(WhoCanHelp.class);
        List<String> active = kantor.bean(TopicCatalogue.class).active().stream()
                .map(Topic::code)
                .toList();
        int rounds = 30;
        double[] page = new double[rounds];
        double[] perTopic = new double[rounds];
        for (int warm = 0; warm < 10; warm++) {
            SystemUser.run(coverage::now);
            SystemUser.run(() -> active.forEach(code -> whoCanHelp.ask(code, null, Set.of())));
        }
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            SystemUser.run(coverage::now);
            page[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            SystemUser.run(() -> active.forEach(code -> whoCanHelp.ask(code, null, Set.of())));
            perTopic[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(page);
        Arrays.sort(perTopic);
        System.out.printf(
                "coverage of %d topics, %d times each: one pass median %.1f ms (slowest %.1f); "
                        + "each topic asked on its own median %.1f ms (slowest %.1f); ratio %.2f%n",
                active.size(),
                rounds,
                page[rounds / 2],
                page[rounds - 1],
                perTopic[rounds / 2],
                perTopic[rounds - 1],
                page[rounds / 2] / perTopic[rounds / 2]);
    }

    /**
     * The catalogue reads topics from memory and reads them again after a change is counted (at once
     * on the node that made it). Saving an existing topic unchanged, as an admin would, is such a
     * change; the first read after it reloads.
     */
    static void reloadCatalogue(TopicCatalogue catalogue, List<String> generated) {
        SystemUser.run(() -> {
            Topic any = catalogue.require("returns");
            catalogue.update(any.code(), any.details(), any.version());
        });
        catalogue.all();
        long seen = generated.stream()
                .filter(code -> catalogue.find(code).isPresent())
                .count();
        if (seen != generated.size()) {
            throw new IllegalStateException("the topic catalogue sees " + seen + " of " + generated.size() + " topics");
        }
    }

    /**
     * The catalogue's reload, which the first request after a change to the catalogue pays (the
     * others wait for it), timed through the same legitimate path.
     */
    static void catalogueReload(TopicCatalogue catalogue, List<String> topicCodes) {
        double[] ms = new double[10];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            reloadCatalogue(catalogue, List.of());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "saving a topic unchanged, which reloads the catalogue of %d topics: median %.1f ms, "
                        + "slowest %.1f ms (%d times)%n",
                catalogue.all().size(), ms[ms.length / 2], ms[ms.length - 1], ms.length);
    }

    // ---------------------------------------------------------------------------------------- in process

    static void inProcess(BenchKantor kantor, List<String> topicCodes) {
        WhoCanHelp whoCanHelp = kantor.bean(WhoCanHelp.class);
        TopicCatalogue catalogue = kantor.bean(TopicCatalogue.class);
        People people = kantor.bean(People.class);
        PresenceBoard presence = kantor.bean(PresenceBoard.class);
        HandoffCases cases = kantor.bean(HandoffCases.class);
        Set<Long> nobody = Set.of();

        // the answer itself: what every click of "Help a customer" costs on the server
        Random random = new Random(SEED + 1);
        long[] helpers = new long[1];
        SystemUser.run(() -> {
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                whoCanHelp.ask(pick(topicCodes, random), pick(ASKED_IN, random), nobody);
            }
        });
        // how many people each topic's answer weighs, to tell the cost by the size of the answer
        Map<String, Integer> servedBy = new java.util.HashMap<>();
        SystemUser.run(() -> topicCodes.forEach(code -> servedBy.put(
                code,
                people.qualifiedFor(catalogue.require(code).minimumLevels()).size())));
        double[] ask = new double[MEASURED_CALLS];
        List<List<Double>> bySize = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long started = System.nanoTime();
        SystemUser.run(() -> {
            for (int i = 0; i < MEASURED_CALLS; i++) {
                String topic = pick(topicCodes, random);
                String language = pick(ASKED_IN, random);
                long t0 = System.nanoTime();
                HelpAnswer answer = whoCanHelp.ask(topic, language, nobody);
                ask[i] = (System.nanoTime() - t0) / 1e6;
                helpers[0] += answer.helpers().size();
                bySize.get(sizeClass(servedBy.get(topic))).add(ask[i]);
            }
        });
        Result answers = Result.of(MEASURED_CALLS, 0, 0, started, ask);

        // its parts, each in a transaction of its own, over the same kind of questions
        Random parts = new Random(SEED + 2);
        List<Map<Long, Integer>> levels = topicCodes.stream()
                .map(code -> catalogue.require(code).minimumLevels())
                .toList();
        long[] qualified = new long[1];
        int partCalls = MEASURED_CALLS / 2;
        double[] peopleMs = new double[partCalls];
        double[] presenceMs = new double[partCalls];
        double[] casesMs = new double[partCalls];
        SystemUser.run(() -> {
            for (int i = 0; i < WARM_UP_CALLS + partCalls; i++) {
                Map<Long, Integer> needed = levels.get(parts.nextInt(levels.size()));
                long t0 = System.nanoTime();
                List<QualifiedEmployee> found = people.qualifiedFor(needed);
                long t1 = System.nanoTime();
                List<Long> ids = found.stream().map(QualifiedEmployee::id).toList();
                if (!ids.isEmpty()) {
                    presence.of(ids);
                }
                long t2 = System.nanoTime();
                if (!ids.isEmpty()) {
                    cases.openCasesOwnedBy(ids);
                }
                long t3 = System.nanoTime();
                if (i >= WARM_UP_CALLS) {
                    int j = i - WARM_UP_CALLS;
                    peopleMs[j] = (t1 - t0) / 1e6;
                    presenceMs[j] = (t2 - t1) / 1e6;
                    casesMs[j] = (t3 - t2) / 1e6;
                    qualified[0] += found.size();
                }
            }
        });

        System.out.printf(
                "%nin process, one thread, %,d calls after %,d to warm up (milliseconds):%n",
                MEASURED_CALLS, WARM_UP_CALLS);
        report("WhoCanHelp.ask", answers);
        System.out.printf(
                "  on average %.1f qualified people per topic, %.1f of them offered (available now)%n",
                qualified[0] / (double) partCalls, helpers[0] / (double) MEASURED_CALLS);
        for (int c = 0; c < SIZE_CLASSES.length; c++) {
            int k = c;
            long topics =
                    servedBy.values().stream().filter(n -> sizeClass(n) == k).count();
            double[] ms =
                    bySize.get(c).stream().mapToDouble(Double::doubleValue).toArray();
            report(
                    "  %s (%d topics, %.0f%% of calls)"
                            .formatted(SIZE_CLASSES[c], topics, 100.0 * ms.length / MEASURED_CALLS),
                    Result.of(ms.length, 0, 0, 0, ms));
        }
        System.out.printf("its parts, %,d calls each, each in its own transaction:%n", partCalls);
        report("  People.qualifiedFor (+ languages)", Result.of(partCalls, 0, 0, 0, peopleMs));
        report("  PresenceBoard.of", Result.of(partCalls, 0, 0, 0, presenceMs));
        report("  HandoffCases.openCasesOwnedBy", Result.of(partCalls, 0, 0, 0, casesMs));
        System.out.printf("p99 target 5 ms: %s%n", answers.percentile(99) <= 5 ? "met" : "MISSED");
    }

    /** One in {@value} of the employees said they work remotely today. */
    static final int REMOTE_ONE_IN = 25;

    /** Some people work remotely today, as in a company that allows it: the answer marks them. */
    static void someWorkRemotelyToday(Connection c, Times times) throws Exception {
        try (PreparedStatement update = c.prepareStatement("update employee set remote_on = ? where id % ? = 0")) {
            update.setDate(1, Date.valueOf(LocalDate.now(times.zone())));
            update.setInt(2, REMOTE_ONE_IN);
            System.out.printf("%,d employees work remotely today%n", update.executeUpdate());
        }
    }

    /**
     * Who works remotely today, kept in memory (now) beside reading it for the people each answer lists (before
     * 2026-11-29: {@code Whereabouts.remoteToday} and {@code Whereabouts.of}, in the answer's transaction), on the
     * same questions in the same run, alternating which goes first so that a noisy neighbour weighs on both alike.
     */
    static void remoteWorkBeforeAndAfter(BenchKantor kantor, List<String> topicCodes) {
        WhoCanHelp whoCanHelp = kantor.bean(WhoCanHelp.class);
        Whereabouts whereabouts = kantor.bean(Whereabouts.class);
        org.springframework.transaction.support.TransactionTemplate transaction =
                new org.springframework.transaction.support.TransactionTemplate(
                        kantor.bean(org.springframework.transaction.PlatformTransactionManager.class));
        transaction.setReadOnly(true);
        Random random = new Random(SEED + 3);
        int calls = MEASURED_CALLS / 2;
        double[] now = new double[calls];
        double[] before = new double[calls];
        double[] reads = new double[calls];
        long[] marked = new long[1];
        SystemUser.run(() -> {
            for (int i = 0; i < WARM_UP_CALLS + calls; i++) {
                String topic = pick(topicCodes, random);
                String language = pick(ASKED_IN, random);
                double[] times = new double[3];
                Runnable kept = () -> {
                    long t0 = System.nanoTime();
                    HelpAnswer answer = whoCanHelp.ask(topic, language, Set.of());
                    times[0] = (System.nanoTime() - t0) / 1e6;
                    marked[0] +=
                            answer.helpers().stream().filter(Candidate::remote).count();
                };
                Runnable readEachTime = () -> {
                    long t0 = System.nanoTime();
                    transaction.executeWithoutResult(status -> {
                        HelpAnswer answer = whoCanHelp.ask(topic, language, Set.of());
                        long t1 = System.nanoTime();
                        List<Long> listed =
                                answer.helpers().stream().map(Candidate::id).toList();
                        if (!listed.isEmpty()) {
                            whereabouts.of(listed, whereabouts.remoteToday(listed));
                        }
                        times[2] = (System.nanoTime() - t1) / 1e6;
                    });
                    times[1] = (System.nanoTime() - t0) / 1e6;
                };
                if (i % 2 == 0) {
                    kept.run();
                    readEachTime.run();
                } else {
                    readEachTime.run();
                    kept.run();
                }
                if (i >= WARM_UP_CALLS) {
                    int j = i - WARM_UP_CALLS;
                    now[j] = times[0];
                    before[j] = times[1];
                    reads[j] = times[2];
                }
            }
        });
        System.out.printf(
                "%nwho works remotely today, before and after, the same %,d questions alternating (milliseconds):%n",
                calls);
        report("  before: ask + reading it for those listed", Result.of(calls, 0, 0, 0, before));
        report("    of which the two reads", Result.of(calls, 0, 0, 0, reads));
        report("  now: ask, kept in memory", Result.of(calls, 0, 0, 0, now));
        System.out.printf(
                "  %.2f helpers marked remote per answer; p99 now / before = %.2f%n",
                marked[0] / (double) (WARM_UP_CALLS + calls),
                Result.of(calls, 0, 0, 0, now).percentile(99)
                        / Result.of(calls, 0, 0, 0, before).percentile(99));
    }

    static final String[] SIZE_CLASSES = {"topics 0-99 qualified", "topics 100-499 qualified", "topics 500+ qualified"};

    static int sizeClass(int qualified) {
        return qualified < 100 ? 0 : qualified < 500 ? 1 : 2;
    }

    // ---------------------------------------------------------------------------------------- HTTP

    static final String PING = "/api/ping";
    static final String AUTHORIZATION =
            "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));

    static String helpersPath(List<String> topicCodes, Random random) {
        return "/api/helpers?topic=" + pick(topicCodes, random) + "&language=" + pick(ASKED_IN, random);
    }

    interface Paths {
        String next(Random random);
    }

    static void warmUp(int port, int clients, int seconds, List<String> topicCodes) throws Exception {
        closedLoop(port, clients, seconds / 2, r -> PING);
        closedLoop(port, clients, seconds - seconds / 2, r -> helpersPath(topicCodes, r));
    }

    /** Clients asking back to back: the most the service answers. */
    static Result closedLoop(int port, int clients, int seconds, Paths paths) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Random random = new Random(SEED + 100 + i);
            new Thread(
                            () -> {
                                try {
                                    while (System.nanoTime() < end) {
                                        HttpRequest request = HttpRequest.newBuilder(
                                                        URI.create("http://localhost:" + port + paths.next(random)))
                                                .header("Authorization", AUTHORIZATION)
                                                .header("Accept", "application/json")
                                                .GET()
                                                .build();
                                        long t0 = System.nanoTime();
                                        HttpResponse<byte[]> response =
                                                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                        latencies.add((System.nanoTime() - t0) / 1e6);
                                        if (response.statusCode() == 200) {
                                            done.incrementAndGet();
                                            bytes.addAndGet(response.body().length);
                                        } else {
                                            errors.incrementAndGet();
                                        }
                                    }
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                } finally {
                                    finished.countDown();
                                }
                            },
                            "client-" + i)
                    .start();
        }
        finished.await();
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return Result.of(done.get(), errors.get(), bytes.get(), started, sorted);
    }

    // ---------------------------------------------------------------------------------------- figures

    /** Throughput and latencies (milliseconds, sorted) of one phase. */
    record Result(long done, long errors, long bytes, double seconds, double[] latencies) {

        static Result of(long done, long errors, long bytes, long startedNanos, double[] latencies) {
            double seconds = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1e9;
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return new Result(done, errors, bytes, seconds, sorted);
        }

        static Result merge(Result... phases) {
            long done = 0;
            long errors = 0;
            long bytes = 0;
            double seconds = 0;
            List<double[]> all = new ArrayList<>();
            for (Result r : phases) {
                done += r.done;
                errors += r.errors;
                bytes += r.bytes;
                seconds += r.seconds;
                all.add(r.latencies);
            }
            double[] merged = all.stream().flatMapToDouble(Arrays::stream).toArray();
            Arrays.sort(merged);
            return new Result(done, errors, bytes, seconds, merged);
        }

        double perSecond() {
            return done / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[
                    Math.max(0, Math.min(latencies.length - 1, (int) Math.ceil(p / 100 * latencies.length) - 1))];
        }
    }

    static void report(String phase, Result r) {
        String rate = r.seconds() > 0 ? "%8.1f /s".formatted(r.perSecond()) : "";
        System.out.printf(
                "%-52s %10s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms%s%n",
                phase,
                rate,
                r.percentile(50),
                r.percentile(95),
                r.percentile(99),
                r.percentile(100),
                r.errors() > 0 ? "  errors " + r.errors() : "");
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    static <T> T pick(T[] from, Random random) {
        return from[random.nextInt(from.length)];
    }

    // ---------------------------------------------------------------------------------------- the organisation

    /**
     * A company of 5,000 generated with plain JDBC, beside the demo company (whose accounts the
     * HTTP phase signs in with). Ids are chosen here, above the demo's, so that managers, skills
     * and topics can refer to them in the same batches; the identity sequences are moved past them
     * at the end.
     */
    static final class Organisation {

        /** Department, whether its work is serving customers, and its share of the staff. */
        private record Dept(String code, String nameEn, String nameId, boolean front, int weight) {}

        private static final List<Dept> DEPARTMENTS = List.of(
                new Dept("GEN-CARE", "Customer Care", "Layanan Pelanggan", true, 22),
                new Dept("GEN-STORE", "Retail Stores", "Toko Ritel", true, 20),
                new Dept("GEN-FIELD", "Field Service", "Layanan Lapangan", true, 12),
                new Dept("GEN-SALES", "Sales", "Penjualan", true, 10),
                new Dept("GEN-BILL", "Billing", "Penagihan", false, 7),
                new Dept("GEN-LOGI", "Logistics", "Logistik", false, 9),
                new Dept("GEN-WARE", "Warehouse", "Gudang", false, 8),
                new Dept("GEN-FIN", "Finance", "Keuangan", false, 5),
                new Dept("GEN-IT", "IT Support", "Dukungan TI", false, 4),
                new Dept("GEN-PROC", "Procurement", "Pengadaan", false, 3));

        /** Per department: a manager's position, then three staff positions. */
        private static final CustomerContact[] FRONT_POSITIONS = {
            CustomerContact.REGULAR, CustomerContact.CONSTANT, CustomerContact.CONSTANT, CustomerContact.OCCASIONAL
        };

        private static final CustomerContact[] BACK_POSITIONS = {
            CustomerContact.OCCASIONAL, CustomerContact.NONE, CustomerContact.NONE, CustomerContact.REGULAR
        };
        private static final String[] POSITION_NAMES = {"manager", "officer", "senior-officer", "specialist"};

        private static final String[] FIRST = {
            "Adi", "Agus", "Ahmad", "Ani", "Ayu", "Bayu", "Budi", "Citra", "Dedi", "Dewi", "Dian", "Eka", "Fajar",
            "Fitri", "Gita", "Hadi", "Hendra", "Indah", "Intan", "Joko", "Kartika", "Lina", "Made", "Maya", "Nur",
            "Putri", "Rizky", "Sari", "Siti", "Teguh", "Wahyu", "Wayan", "Yusuf"
        };
        private static final String[] LAST = {
            "Anggraini",
            "Gunawan",
            "Halim",
            "Hidayat",
            "Kurniawan",
            "Lestari",
            "Lim",
            "Nasution",
            "Nugroho",
            "Pratama",
            "Putra",
            "Rahman",
            "Santoso",
            "Saputra",
            "Setiawan",
            "Simanjuntak",
            "Siregar",
            "Susanto",
            "Tan",
            "Wibowo",
            "Wijaya",
            "Wulandari"
        };
        /** Likelihood of each language when picking 1–3 of them. */
        private static final int[] LANGUAGE_WEIGHTS = {10, 6, 3, 1};

        private final Random random;
        private final Instant now = Instant.now();
        private double[] skillWeights;

        Organisation(Random random) {
            this.random = random;
        }

        /** Inserts the organisation in one transaction, analyses the tables, and returns the topic codes. */
        List<String> insert(Connection c) throws Exception {
            c.setAutoCommit(false);
            long deptBase = next(c, "department");
            long positionBase = next(c, "job_position");
            long skillBase = next(c, "skill");
            long employeeBase = next(c, "employee");

            // departments and their positions
            try (PreparedStatement dept = c.prepareStatement(
                            "insert into department (id, code, name_en, name_id) values (?, ?, ?, ?)");
                    PreparedStatement pos =
                            c.prepareStatement("insert into job_position (id, code, title_en, title_id, "
                                    + "department_id, customer_contact, manages) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int d = 0; d < DEPARTMENTS.size(); d++) {
                    Dept dp = DEPARTMENTS.get(d);
                    batch(dept, deptBase + d, dp.code(), dp.nameEn(), dp.nameId());
                    CustomerContact[] contacts = dp.front() ? FRONT_POSITIONS : BACK_POSITIONS;
                    for (int p = 0; p < 4; p++) {
                        String code = dp.code().toLowerCase() + "-" + POSITION_NAMES[p];
                        batch(
                                pos,
                                positionBase + d * 4L + p,
                                code,
                                dp.nameEn() + " " + POSITION_NAMES[p],
                                dp.nameId() + " " + POSITION_NAMES[p],
                                deptBase + d,
                                contacts[p].name(),
                                p == 0);
                    }
                }
                dept.executeBatch();
                pos.executeBatch();
            }

            // skills: a few everyone has, many few have (weight 1/(rank + 4))
            skillWeights = new double[SKILLS];
            try (PreparedStatement skill =
                    c.prepareStatement("insert into skill (id, code, name_en, name_id) values (?, ?, ?, ?)")) {
                for (int s = 0; s < SKILLS; s++) {
                    skillWeights[s] = 1.0 / (s + 4);
                    batch(
                            skill,
                            skillBase + s,
                            "gen-skill-%02d".formatted(s + 1),
                            "Generated skill %02d".formatted(s + 1),
                            "Keahlian %02d".formatted(s + 1));
                }
                skill.executeBatch();
            }

            // employees, their skills, languages and presence
            int[] deptWeights = DEPARTMENTS.stream().mapToInt(Dept::weight).toArray();
            long[] managerOf = new long[DEPARTMENTS.size()];
            Map<PresenceStatus, Integer> presenceCount = new EnumMap<>(PresenceStatus.class);
            int skillRows = 0;
            int languageRows = 0;
            int inactive = 0;
            int front = 0;
            List<Long> activeIds = new ArrayList<>();
            try (PreparedStatement emp =
                            c.prepareStatement("insert into employee (id, employee_number, full_name, email, "
                                    + "position_id, manager_id, hired_on, active) values (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement skill = c.prepareStatement(
                            "insert into employee_skill (employee, skill_id, skill_level) values (?, ?, ?)");
                    PreparedStatement lang = c.prepareStatement(
                            "insert into employee_language (employee, language_code) values (?, ?)");
                    PreparedStatement presence = c.prepareStatement("insert into presence (employee_id, status, since, "
                            + "expected_back, source) values (?, ?, ?, ?, 'MANUAL')")) {
                for (int e = 0; e < EMPLOYEES; e++) {
                    long id = employeeBase + e;
                    // the first ten are the departments' managers
                    int d = e < DEPARTMENTS.size() ? e : weighted(deptWeights);
                    int p = e < DEPARTMENTS.size() ? 0 : 1 + random.nextInt(3);
                    if (e < DEPARTMENTS.size()) {
                        managerOf[d] = id;
                    }
                    boolean active = e < DEPARTMENTS.size() || random.nextInt(100) >= 2;
                    CustomerContact contact = (DEPARTMENTS.get(d).front() ? FRONT_POSITIONS : BACK_POSITIONS)[p];
                    if (active) {
                        activeIds.add(id);
                        front += contact.office() == dev.kantor.people.Office.FRONT ? 1 : 0;
                    } else {
                        inactive++;
                    }
                    batch(
                            emp,
                            id,
                            "G%05d".formatted(e + 1),
                            pick(FIRST, random) + " " + pick(LAST, random),
                            "gen%05d@bench.example".formatted(e + 1),
                            positionBase + d * 4L + p,
                            p == 0 ? null : managerOf[d],
                            Date.valueOf(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5800))),
                            active);

                    int held = 2 + random.nextInt(5);
                    for (int s : distinct(held, skillWeights)) {
                        batch(skill, id, skillBase + s, 1 + random.nextInt(5));
                        skillRows++;
                    }
                    int speaks = 1 + random.nextInt(3);
                    for (int l : distinct(
                            speaks,
                            Arrays.stream(LANGUAGE_WEIGHTS).asDoubleStream().toArray())) {
                        batch(lang, id, LANGUAGES[l]);
                        languageRows++;
                    }
                    PresenceStatus status = presence();
                    presenceCount.merge(status, 1, Integer::sum);
                    Instant back =
                            switch (status) {
                                case ON_BREAK -> now.plusSeconds(60L * (5 + random.nextInt(40)));
                                case BUSY, AWAY ->
                                    random.nextBoolean() ? now.plusSeconds(60L * (10 + random.nextInt(120))) : null;
                                default -> null;
                            };
                    batch(
                            presence,
                            id,
                            status.name(),
                            Timestamp.from(now.minusSeconds(60L * random.nextInt(480))),
                            back == null ? null : Timestamp.from(back));
                    if (e % 500 == 499) {
                        emp.executeBatch();
                        skill.executeBatch();
                        lang.executeBatch();
                        presence.executeBatch();
                    }
                }
                emp.executeBatch();
                skill.executeBatch();
                lang.executeBatch();
                presence.executeBatch();
            }

            // customers, cases owned by employees (about a third still open), handoffs waiting for an answer
            long customerBase = next(c, "customer");
            long caseBase = next(c, "customer_case");
            int open = 0;
            try (PreparedStatement customer =
                            c.prepareStatement("insert into customer (id, full_name, email, language, "
                                    + "created_at) values (?, ?, ?, ?, ?)");
                    PreparedStatement kase = c.prepareStatement(
                            "insert into customer_case (id, reference, access_token, "
                                    + "customer_id, channel, case_type, topic, priority, subject, status, owner_id, opened_at) "
                                    + "values (?, ?, ?, ?, 'PHONE', 'QUESTION', 'other', 'NORMAL', 'Pertanyaan', ?, ?, ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    batch(
                            customer,
                            customerBase + i,
                            "Pelanggan " + i,
                            "gen-customer%d@example.com".formatted(i),
                            LANGUAGES[weighted(LANGUAGE_WEIGHTS)],
                            Timestamp.from(now.minusSeconds(86_400L * 60)));
                }
                customer.executeBatch();
                String[] openStatuses = {"NEW", "OPEN", "OPEN", "WAITING_ON_CUSTOMER", "PENDING_APPROVAL"};
                for (int i = 0; i < CASES; i++) {
                    boolean stillOpen = random.nextInt(3) == 0;
                    open += stillOpen ? 1 : 0;
                    String status =
                            stillOpen ? pick(openStatuses, random) : random.nextBoolean() ? "RESOLVED" : "CLOSED";
                    batch(
                            kase,
                            caseBase + i,
                            "GEN-%06d".formatted(i),
                            "gen-token-" + i,
                            customerBase + random.nextInt(CUSTOMERS),
                            status,
                            pick(activeIds, random),
                            Timestamp.from(now.minusSeconds(60L * random.nextInt(60 * 24 * 56))));
                }
                kase.executeBatch();
            }
            try (PreparedStatement handoff = c.prepareStatement(
                            "insert into handoff (case_id, topic, language, "
                                    + "sender_id, state, created_at, offered_to, offer_expires_at) values (?, 'other', 'id', ?, 'OFFERED', ?, ?, ?)",
                            new String[] {"id"});
                    PreparedStatement offer = c.prepareStatement("insert into handoff_offer (handoff, offer_no, "
                            + "employee_id, offered_at, expires_at) values (?, 0, ?, ?, ?)")) {
                // the offers run out long after the benchmark, so that the expiry job leaves them alone
                for (int i = 0; i < PENDING_HANDOFFS; i++) {
                    long to = pick(activeIds, random);
                    Timestamp at = Timestamp.from(now);
                    Timestamp expires = Timestamp.from(now.plus(Duration.ofHours(6)));
                    params(handoff, caseBase + random.nextInt(CASES), pick(activeIds, random), at, to, expires);
                    handoff.executeUpdate();
                    try (ResultSet key = handoff.getGeneratedKeys()) {
                        key.next();
                        batch(offer, key.getLong(1), to, at, expires);
                    }
                }
                offer.executeBatch();
            }

            // topics: 1–3 skills at minimum levels 2–4, a team queue in one of the departments
            List<String> codes = new ArrayList<>();
            int topicSkillRows = 0;
            try (PreparedStatement topic = c.prepareStatement("insert into topic (code, name_en, name_idn, "
                            + "team_department_id, sort_order, active) values (?, ?, ?, ?, ?, true)");
                    PreparedStatement needs = c.prepareStatement(
                            "insert into topic_skill (topic, skill_id, min_level) values (?, ?, ?)")) {
                for (int t = 0; t < TOPICS; t++) {
                    String code = "gen-topic-%03d".formatted(t + 1);
                    codes.add(code);
                    batch(
                            topic,
                            code,
                            "Generated topic %03d".formatted(t + 1),
                            "Topik %03d".formatted(t + 1),
                            deptBase + random.nextInt(DEPARTMENTS.size()),
                            1000 + t);
                }
                topic.executeBatch();
                for (String code : codes) {
                    for (int s : distinct(1 + random.nextInt(3), skillWeights)) {
                        batch(needs, code, skillBase + s, 2 + random.nextInt(3));
                        topicSkillRows++;
                    }
                }
                needs.executeBatch();
            }

            for (String table :
                    List.of("department", "job_position", "skill", "employee", "customer", "customer_case")) {
                try (Statement s = c.createStatement()) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                            + table + "))");
                }
            }
            c.commit();
            c.setAutoCommit(true);
            // what autovacuum does on its own a minute later: statistics for the planner, and the
            // visibility map that lets an index answer without visiting the table
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }

            System.out.printf(
                    "organisation: %d departments, %d positions (front: CONSTANT/REGULAR, back: "
                            + "OCCASIONAL/NONE), %d skills; %,d employees (%d inactive; %d%% of the active in front-office "
                            + "positions), %,d employee skills, %,d employee languages%n",
                    DEPARTMENTS.size(),
                    DEPARTMENTS.size() * 4,
                    SKILLS,
                    EMPLOYEES,
                    inactive,
                    Math.round(100.0 * front / activeIds.size()),
                    skillRows,
                    languageRows);
            System.out.printf("presence: %s%n", presenceCount);
            System.out.printf(
                    "%,d customers, %,d cases (%,d open), %d handoffs waiting for an answer; %d topics with "
                            + "%d topic skills%n",
                    CUSTOMERS, CASES, open, PENDING_HANDOFFS, TOPICS, topicSkillRows);
            return codes;
        }

        private PresenceStatus presence() {
            int r = random.nextInt(100);
            return r < 45
                    ? PresenceStatus.AVAILABLE
                    : r < 60
                            ? PresenceStatus.BUSY
                            : r < 70 ? PresenceStatus.ON_BREAK : r < 75 ? PresenceStatus.AWAY : PresenceStatus.OFF_DUTY;
        }

        private int weighted(int[] weights) {
            return weighted(Arrays.stream(weights).asDoubleStream().toArray(), Set.of());
        }

        private int weighted(double[] weights, Set<Integer> except) {
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                total += except.contains(i) ? 0 : weights[i];
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                if (except.contains(i)) {
                    continue;
                }
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            for (int i = weights.length - 1; ; i--) {
                if (!except.contains(i)) {
                    return i;
                }
            }
        }

        /** n different indexes, each drawn by weight. */
        private Set<Integer> distinct(int n, double[] weights) {
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < n) {
                chosen.add(weighted(weights, chosen));
            }
            return chosen;
        }

        private static long next(Connection c, String table) throws Exception {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private static void batch(PreparedStatement statement, Object... values) throws Exception {
            params(statement, values);
            statement.addBatch();
        }

        private static void params(PreparedStatement statement, Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private RoutingBenchmark() {}
}
