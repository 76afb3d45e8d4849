package dev.kantor.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.forecast.DayForecast;
import dev.kantor.staffing.forecast.IntervalPlan;
import dev.kantor.staffing.forecast.StaffingPlan;
import dev.kantor.staffing.queues.WorkQueue;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.StaffingBasis;
import dev.kantor.staffing.requirement.StaffingQuestion;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the staffing mathematics takes: one interval at 10,000 Erlangs (target under 1 ms) and a
 * whole year of 15-minute intervals, 35,040, for one queue open around the clock (target under
 * 200 ms), each by Erlang C and by Erlang A. Not a test: run with {@code bench/staffing.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StaffingBenchmark {

    /** 200,000 contacts in 30 minutes at 90 s each: 10,000 Erlangs; 80% in 20 s, shrinkage 30%. */
    private static final double CONTACTS = 200_000;

    private static final double INTERVAL = 1800;

    private StaffingBasis erlangC;
    private StaffingBasis erlangA;
    private StaffingBasis erlangACapped;
    private WorkQueue allDay;
    private WorkQueue allDayImpatient;
    private List<DayForecast> year;

    @Setup
    public void setUp() {
        erlangC = new StaffingQuestion(CONTACTS, INTERVAL, 90.0, null, 80.0, 20.0, null, null, 30.0).basis();
        erlangA = new StaffingQuestion(CONTACTS, INTERVAL, 90.0, 120.0, 80.0, 20.0, null, null, 30.0).basis();
        // at most 5% giving up: the answer lies just below the load, where users of Erlang A expect it
        erlangACapped =
                new StaffingQuestion(CONTACTS, INTERVAL, 90.0, 120.0, 80.0, 20.0, null, null, 30.0, 5.0).basis();
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        allDay = new WorkQueue(
                1, "Around the clock", QueueChannel.PHONE, hours, 240, 80.0, 20.0, null, 85.0, 30, null, null, 0);
        allDayImpatient = new WorkQueue(
                2,
                "Around the clock, impatient",
                QueueChannel.PHONE,
                hours,
                240,
                80.0,
                20.0,
                null,
                85.0,
                30,
                120.0,
                5.0,
                0);
        // 3,000 contacts a day, quiet at night and busiest late morning: 0.5 to about 30 Erlangs
        year = new ArrayList<>();
        LocalDate first = LocalDate.of(2027, 1, 1);
        for (int d = 0; d < 365; d++) {
            double[] contacts = new double[96];
            double[] aht = new double[96];
            double shape = 0;
            for (int s = 0; s < 96; s++) {
                contacts[s] = 0.2 + Math.exp(-Math.pow((s / 4.0 - 11) / 4, 2));
                shape += contacts[s];
            }
            for (int s = 0; s < 96; s++) {
                contacts[s] *= 3000 * (1 + 0.1 * Math.sin(d / 7.0)) / shape;
                aht[s] = 240;
            }
            year.add(new DayForecast(first.plusDays(d), false, contacts, aht));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Requirement oneIntervalAt10000ErlangsByErlangC() {
        return erlangC.requirementFor(CONTACTS, INTERVAL);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Requirement oneIntervalAt10000ErlangsByErlangA() {
        return erlangA.requirementFor(CONTACTS, INTERVAL);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Requirement oneIntervalAt10000ErlangsByErlangAWithAbandonmentCap() {
        return erlangACapped.requirementFor(CONTACTS, INTERVAL);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<IntervalPlan> yearOf35040IntervalsByErlangC() {
        return StaffingPlan.of(allDay, year);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<IntervalPlan> yearOf35040IntervalsByErlangA() {
        return StaffingPlan.of(allDayImpatient, year);
    }
}
