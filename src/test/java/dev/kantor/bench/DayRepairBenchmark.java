package dev.kantor.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;
import dev.kantor.scheduling.repair.BreakRepair;

/**
 * The day's repair ({@link BreakRepair}) on generated days: {@code agents} people on the demo's full-day
 * shift type (9 h, three breaks) starting between 07:00 and 13:00, the requirement what their published
 * breaks leave on duty less 0 to 2 agents, then 5 % of them marked absent from noon and the day repaired at
 * 11:00. Prints milliseconds (median, p99, max of the runs) and agent-intervals short before and after.
 *
 * <p>{@code java ... dev.kantor.bench.DayRepairBenchmark [agents=20,60,300] [runs=51] [seed=2027]}
 */
public final class DayRepairBenchmark {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 4);

    private static final ShiftType FULL_DAY = new ShiftType(
            "Full day 8 h",
            540,
            480,
            15,
            List.of(
                    new BreakRule("morning break", 15, 90, 150),
                    new BreakRule("lunch", 60, 210, 270),
                    new BreakRule("afternoon break", 15, 360, 420)),
            60,
            180);

    private DayRepairBenchmark() {}

    public static void main(String[] args) {
        String agents = "20,60,300";
        int runs = 51;
        long seed = 2027;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "agents" -> agents = kv[1];
                case "runs" -> runs = Integer.parseInt(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        System.out.println(
                "| agents | absent | moved breaks | short before | short after | p50 ms | p99 ms | max ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String count : agents.split(",")) {
            run(Integer.parseInt(count.strip()), runs, seed);
        }
    }

    private static void run(int agents, int runs, long seed) {
        Random random = new Random(seed);
        LocalTime open = LocalTime.of(7, 0);
        int intervals = 15 * 4;
        List<BreakRepair.DayShift> shifts = new ArrayList<>();
        int[] onDuty = new int[intervals];
        for (int a = 0; a < agents; a++) {
            LocalTime start = open.plusMinutes(15L * random.nextInt(25));
            List<Break> breaks = placement(start, random);
            Shift shift = new Shift("a" + a, DATE, FULL_DAY.id(), start, start.plusMinutes(540), breaks);
            shifts.add(new BreakRepair.DayShift(shift, false));
            for (int i = 0; i < intervals; i++) {
                LocalTime from = open.plusMinutes(15L * i);
                LocalTime to = from.plusMinutes(15);
                boolean working = !from.isBefore(start) && !to.isAfter(shift.end());
                boolean pausing = breaks.stream().anyMatch(b -> b.start().isBefore(to) && from.isBefore(b.end()));
                onDuty[i] += working && !pausing ? 1 : 0;
            }
        }
        // what the published breaks leave on duty, less a little slack here and there
        List<Integer> required = Arrays.stream(onDuty)
                .map(n -> Math.max(0, n - random.nextInt(3)))
                .boxed()
                .toList();
        Problem problem = new Problem(
                15,
                List.of(new Day(DATE, open, open.plusMinutes(15L * intervals), required)),
                List.of(FULL_DAY),
                List.of(new Contract("FT", List.of(FULL_DAY.id()), 1, 5, 2400, 660)),
                shifts.stream()
                        .map(s -> new Agent(s.shift().agent(), "FT", List.of()))
                        .toList(),
                5,
                List.of());
        List<BreakRepair.TimeOff> away = new ArrayList<>();
        int absent = Math.max(1, agents / 20);
        for (int a = 0; a < absent; a++) {
            away.add(new BreakRepair.TimeOff("a" + (a * 7 % agents), LocalTime.NOON, LocalTime.MIDNIGHT));
        }
        BreakRepair.Request request =
                new BreakRepair.Request(problem, DATE, LocalTime.of(11, 0), shifts, away, Duration.ofSeconds(3));
        long[] nanos = new long[runs];
        BreakRepair.Result result = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            result = BreakRepair.repair(request);
            nanos[r] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "| %d | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n",
                agents,
                absent,
                result.moves().size(),
                result.shortBefore(),
                result.shortAfter(),
                nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    /** A random placement the type allows: in the windows, in order, with its gaps and longest stretch kept. */
    private static List<Break> placement(LocalTime start, Random random) {
        while (true) {
            int first = 90 + 15 * random.nextInt(5);
            int lunch = 210 + 15 * random.nextInt(5);
            int last = 360 + 15 * random.nextInt(5);
            boolean kept = first <= 180
                    && lunch - (first + 15) >= 60
                    && lunch - (first + 15) <= 180
                    && last - (lunch + 60) >= 60
                    && last - (lunch + 60) <= 180
                    && 540 - (last + 15) <= 180;
            if (kept) {
                return List.of(
                        new Break("morning break", start.plusMinutes(first), start.plusMinutes(first + 15)),
                        new Break("lunch", start.plusMinutes(lunch), start.plusMinutes(lunch + 60)),
                        new Break("afternoon break", start.plusMinutes(last), start.plusMinutes(last + 15)));
            }
        }
    }
}
