package dev.kantor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.solver.ScheduleSolver;
import dev.kantor.scheduling.solver.SolverSettings;
import dev.kantor.scheduling.solver.StopSignal;

/**
 * The scheduling solver on three generated problems ({@link SchedulingInstances}): 1 day × 10
 * agents, 7 days × 60 agents, 7 days × 300 agents. For each: paid hours against the proven lower
 * bound, short intervals, seconds to the schedule finally reported, and the independent checker's
 * verdict; for the largest, the checker's time. Not a test: run with {@code bench/scheduling.sh}.
 *
 * <p>Arguments (all optional): {@code cases} such as {@code 1x10,7x60,7x300}; {@code seed};
 * {@code workers}; {@code limit=SECONDS} to cap every case's time limit.
 */
public final class SchedulingBenchmark {

    private record Case(int days, int agents, int limitSeconds) {}

    public static void main(String[] args) throws Exception {
        List<Case> cases = new ArrayList<>(List.of(new Case(1, 10, 10), new Case(7, 60, 60), new Case(7, 300, 300)));
        long seed = 2027;
        int workers = Runtime.getRuntime().availableProcessors();
        Integer cap = null;
        double capacityFactor = 1.3;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "cases" -> {
                    cases.clear();
                    for (String c : kv[1].split(",")) {
                        String[] dxa = c.split("x");
                        int days = Integer.parseInt(dxa[0]);
                        int agents = Integer.parseInt(dxa[1]);
                        cases.add(new Case(days, agents, agents <= 10 ? 10 : agents <= 60 ? 60 : 300));
                    }
                }
                case "seed" -> seed = Long.parseLong(kv[1]);
                case "workers" -> workers = Integer.parseInt(kv[1]);
                case "limit" -> cap = Integer.parseInt(kv[1]);
                case "capacity" -> capacityFactor = Double.parseDouble(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        System.out.printf(
                Locale.ROOT, "seed %d, %d CP-SAT workers, capacity factor %.2f%n", seed, workers, capacityFactor);
        System.out.println(
                "| problem | paid h | lower bound h | paid ÷ bound | short intervals | s to first covering schedule"
                        + " | s to reported schedule | s solving | checker violations | checker ms | hours per agent by contract,"
                        + " fewest–most (agents free all week) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Case c : cases) {
            int limit = cap == null ? c.limitSeconds() : Math.min(cap, c.limitSeconds());
            Problem problem = SchedulingInstances.generate(c.days(), c.agents(), seed, capacityFactor, limit);
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            String name = c.days() + "x" + c.agents();
            Files.writeString(dir.resolve("scheduling-" + name + "-problem.json"), ProblemJson.write(problem));
            ScheduleSolver solver = new ScheduleSolver(new SolverSettings(limit, workers, (int) seed, false));
            long start = System.nanoTime();
            double[] lastImprovement = {0};
            double[] firstCovering = {-1};
            Schedule schedule = solver.solve(
                    problem,
                    best -> {
                        lastImprovement[0] = (System.nanoTime() - start) / 1e9;
                        if (firstCovering[0] < 0 && best.shortfalls().isEmpty()) {
                            firstCovering[0] = lastImprovement[0];
                        }
                        System.err.printf(
                                Locale.ROOT,
                                "  %s %7.2f s: paid %.1f h, bound %.1f h, short agent-intervals %d%n",
                                name,
                                lastImprovement[0],
                                best.paidMinutes() / 60.0,
                                best.lowerBoundPaidMinutes() / 60.0,
                                best.shortAgentIntervals());
                    },
                    new StopSignal());
            double solving = (System.nanoTime() - start) / 1e9;
            Files.writeString(dir.resolve("scheduling-" + name + "-answer.json"), ProblemJson.write(schedule));
            CheckReport report = ScheduleChecker.check(problem, schedule);
            double checkerMs = checkerMillis(problem, schedule);
            System.out.printf(
                    Locale.ROOT,
                    "| %d day%s × %d agents | %.1f | %.1f | %.4f | %d | %s | %.1f | %.1f | %d | %.1f | %s |%n",
                    c.days(),
                    c.days() == 1 ? "" : "s",
                    c.agents(),
                    schedule.paidMinutes() / 60.0,
                    schedule.lowerBoundPaidMinutes() / 60.0,
                    schedule.paidMinutes() / (double) schedule.lowerBoundPaidMinutes(),
                    schedule.shortfalls().size(),
                    firstCovering[0] < 0 ? "—" : String.format(Locale.ROOT, "%.1f", firstCovering[0]),
                    lastImprovement[0],
                    solving,
                    report.violations().size(),
                    checkerMs,
                    spread(problem, schedule));
            report.violations().stream().limit(10).forEach(v -> System.err.println("  violation: " + v));
        }
    }

    /** Per contract, the fewest and most paid hours among agents who could work every day. */
    private static String spread(Problem problem, Schedule schedule) {
        java.util.Map<String, Long> paid = new java.util.HashMap<>();
        java.util.Map<String, Integer> typePaid = new java.util.HashMap<>();
        problem.shiftTypes().forEach(t -> typePaid.put(t.id(), t.paidMinutes()));
        schedule.shifts().forEach(s -> paid.merge(s.agent(), (long) typePaid.get(s.shiftType()), Long::sum));
        java.util.List<String> parts = new ArrayList<>();
        for (var contract : problem.contracts()) {
            java.util.LongSummaryStatistics stats = problem.agents().stream()
                    .filter(a -> a.contract().equals(contract.id())
                            && a.unavailableDates().isEmpty())
                    .mapToLong(a -> paid.getOrDefault(a.id(), 0L))
                    .summaryStatistics();
            if (stats.getCount() > 0) {
                parts.add(String.format(
                        Locale.ROOT, "%s %.0f–%.0f", contract.id(), stats.getMin() / 60.0, stats.getMax() / 60.0));
            }
        }
        return String.join(", ", parts);
    }

    /** The checker's time on one answer: the median of 21 runs after 10 to warm up. */
    private static double checkerMillis(Problem problem, Schedule schedule) {
        for (int i = 0; i < 10; i++) {
            ScheduleChecker.check(problem, schedule);
        }
        double[] times = new double[21];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            ScheduleChecker.check(problem, schedule);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
