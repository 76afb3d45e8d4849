package dev.kantor.floor.breaks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.kantor.KantorApplication;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.mockito.Mockito;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;

/**
 * "May I take my break now?" on PostgreSQL, as the board's figures count a floor: 20 queues of 15
 * agents (300 people), each on a published eight-hour shift under way now with a fifteen-minute
 * break planned somewhere in its window, each queue requiring 12 agents on the floor all day. Two
 * figures, after a warm-up, on one thread:
 *
 * <ol>
 * <li>the whole answer as the API gives it ({@code Breaks.ask}: the queue's lock, the agent's shift and
 * break window, the day's shifts and changes read and counted, the answer, the yes recorded), each call
 * in a transaction rolled back so that every call asks of the same day;</li>
 * <li>the pure answer alone ({@link BreakAnswers#answer}) on a day already counted.</li>
 * </ol>
 *
 * Staffing's requirement for the generated queues comes from a stand-in (the generated queues have no
 * history to forecast from); the floor keeps it a minute anyway, so the steady state measured here is
 * the one the floor runs in. Not a test: run with {@code bench/floor-breaks.sh [calls]}.
 */
public final class BreakAnswerBenchmark {

    static final long SEED = 20261129L;
    static final int QUEUES = 20;
    static final int AGENTS = 15;
    static final int REQUIRED = 12;
    static final long FIRST_QUEUE = 700_001;
    static final long FIRST_EMPLOYEE = 7_000_001;
    static final int WARM_UP = 2_000;

    /**
     * Staffing's requirement for the generated queues: open all day, {@value #REQUIRED} agents. A test
     * configuration, so that the tests' component scan never picks it up: as a plain configuration it
     * replaced staffing's requirement in every test context.
     */
    @org.springframework.boot.test.context.TestConfiguration
    static class BenchRequirements {

        @Bean
        @Primary
        StaffingRequirements benchRequirements() {
            StaffingRequirements requirements = Mockito.mock(StaffingRequirements.class);
            Mockito.when(requirements.week(anyLong(), any())).thenAnswer(call -> {
                LocalDate monday = call.getArgument(1);
                List<DayRequirement> days = new ArrayList<>();
                List<Integer> counts = Collections.nCopies(96, REQUIRED);
                for (int i = 0; i < 7; i++) {
                    days.add(new DayRequirement(
                            monday.plusDays(i), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, counts, counts));
                }
                return Optional.of(new WeekRequirement(call.getArgument(0), monday, days));
            });
            return requirements;
        }
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf(
                "machine: %d cores, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext kantor = new SpringApplicationBuilder(
                            KantorApplication.class, BenchRequirements.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--spring.main.allow-bean-definition-overriding=true",
                            "--kantor.demo.enabled=false",
                            "--logging.level.root=WARN",
                            "--spring.main.banner-mode=off");
            try {
                ZoneId zone = kantor.getBean(BusinessCalendars.class).zone();
                Instant shiftStart = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                    generate(c, zone, shiftStart, new Random(SEED));
                }
                measure(kantor, calls);
            } finally {
                kantor.close();
            }
        }
    }

    private static void measure(ConfigurableApplicationContext kantor, int calls) {
        Breaks breaks = kantor.getBean(Breaks.class);
        TransactionTemplate transaction = kantor.getBean(TransactionTemplate.class);
        Random random = new Random(SEED);
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (int i = 0; i < WARM_UP; i++) {
            ask(breaks, transaction, random);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            Verdict verdict = ask(breaks, transaction, random);
            nanos[i] = System.nanoTime() - t0;
            verdicts.merge(verdict, 1, Integer::sum);
        }
        report("Breaks.ask (PostgreSQL, rolled back), " + calls + " calls", nanos);
        System.out.println("verdicts: " + verdicts);

        // the pure answer on a day read once
        CountedDays days = kantor.getBean(CountedDays.class);
        BreakWindows windows = kantor.getBean(BreakWindows.class);
        long agent = FIRST_EMPLOYEE;
        BreakWindows.NextBreak next =
                transaction.execute(s -> windows.next(agent, Instant.now())).orElseThrow();
        QueueDay day = transaction.execute(
                s -> days.on(next.window().queueId(), next.shift().workDate()));
        Instant now = Instant.now();
        for (int i = 0; i < WARM_UP * 10; i++) {
            BreakAnswers.answer(day, next.window(), now);
        }
        long[] pure = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            BreakAnswers.answer(day, next.window(), now);
            pure[i] = System.nanoTime() - t0;
        }
        report(
                "BreakAnswers.answer (pure, " + day.people().size() + " people, "
                        + day.intervals().size() + " intervals), " + calls + " calls",
                pure);
    }

    private static Verdict ask(Breaks breaks, TransactionTemplate transaction, Random random) {
        long agent = FIRST_EMPLOYEE + random.nextInt(QUEUES * AGENTS);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return breaks.ask(agent, null).answer().verdict();
        });
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** The shift type, 20 published schedules and their 300 shifts, each with a break planned in its window. */
    private static void generate(Connection c, ZoneId zone, Instant shiftStart, Random random) throws Exception {
        c.setAutoCommit(false);
        long typeId;
        try (Statement s = c.createStatement()) {
            s.executeUpdate(
                    """
                    insert into shift_type (name, name_key, span_minutes, paid_minutes, start_granularity_minutes,
                        min_work_between_breaks_minutes, max_continuous_work_minutes)
                    values ('Bench early', 'bench early', 480, 465, 15, 60, 300)""",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                typeId = keys.getLong(1);
            }
            s.executeUpdate(
                    """
                    insert into shift_type_break (shift_type_id, position, name, duration_minutes,
                        earliest_start_offset_minutes, latest_start_offset_minutes)
                    values (%d, 0, 'Coffee', 15, 60, 300)"""
                            .formatted(typeId));
        }
        LocalDate date = LocalDate.ofInstant(shiftStart, zone);
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant end = shiftStart.plus(Duration.ofHours(8));
        for (int q = 0; q < QUEUES; q++) {
            long scheduleId;
            try (PreparedStatement schedule = c.prepareStatement(
                    """
                    insert into schedule (queue_id, monday, status, published_version, published_at, published_by,
                        requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                    values (?, ?, 'PUBLISHED', 1, now(), 'bench', 'TYPED', '{}', '[]', ?, ?, 'bench', now())""",
                    Statement.RETURN_GENERATED_KEYS)) {
                schedule.setLong(1, FIRST_QUEUE + q);
                schedule.setObject(2, monday);
                schedule.setTimestamp(
                        3, Timestamp.from(monday.atStartOfDay(zone).toInstant()));
                schedule.setTimestamp(
                        4, Timestamp.from(monday.plusWeeks(1).atStartOfDay(zone).toInstant()));
                schedule.executeUpdate();
                try (ResultSet keys = schedule.getGeneratedKeys()) {
                    keys.next();
                    scheduleId = keys.getLong(1);
                }
            }
            for (int a = 0; a < AGENTS; a++) {
                long shiftId;
                try (PreparedStatement shift = c.prepareStatement(
                        """
                        insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type,
                            starts, ends, starts_at, ends_at)
                        values (?, ?, ?, 0, 'Bench early', ?, ?, ?, ?)""",
                        Statement.RETURN_GENERATED_KEYS)) {
                    shift.setLong(1, scheduleId);
                    shift.setLong(2, FIRST_EMPLOYEE + (long) q * AGENTS + a);
                    shift.setObject(3, date);
                    shift.setObject(4, LocalTime.ofInstant(shiftStart, zone));
                    shift.setObject(5, LocalTime.ofInstant(end, zone));
                    shift.setTimestamp(6, Timestamp.from(shiftStart));
                    shift.setTimestamp(7, Timestamp.from(end));
                    shift.executeUpdate();
                    try (ResultSet keys = shift.getGeneratedKeys()) {
                        keys.next();
                        shiftId = keys.getLong(1);
                    }
                }
                // breaks spread over the window on the quarter hour, as a solver plans them
                Instant coffee = shiftStart.plus(Duration.ofMinutes(60 + 15L * random.nextInt(17)));
                try (PreparedStatement pause = c.prepareStatement(
                        """
                        insert into schedule_published_break (shift_id, position, name, starts_at, ends_at)
                        values (?, 0, 'Coffee', ?, ?)""")) {
                    pause.setLong(1, shiftId);
                    pause.setTimestamp(2, Timestamp.from(coffee));
                    pause.setTimestamp(3, Timestamp.from(coffee.plus(Duration.ofMinutes(15))));
                    pause.executeUpdate();
                }
            }
        }
        c.commit();
    }
}
