package dev.kantor.bench.timefold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.bound.BoundResult;
import dev.kantor.scheduling.bound.LowerBound;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridAgent;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridDay;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.problem.Problem;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The benchmark's problems solved by the Timefold alternative, for comparison with the CP-SAT
 * design: paid hours against the same proven lower bound, and agent-intervals short.
 *
 * <p>Arguments: {@code cases} as in the benchmark, {@code seconds} per case, {@code seed}.
 */
public final class TimefoldAlternative {

    public static void main(String[] args) {
        String cases = "1x10,7x60";
        int seconds = 60;
        long seed = 2027;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "cases" -> cases = kv[1];
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException(arg);
            }
        }
        System.out.println("| problem | Timefold paid h | lower bound h | paid ÷ bound | short agent-intervals | s |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String c : cases.split(",")) {
            String[] dxa = c.split("x");
            Problem problem = SchedulingInstances.generate(
                    Integer.parseInt(dxa[0]), Integer.parseInt(dxa[1]), seed, 1.3, seconds);
            Grid grid = new Grid(problem);
            Patterns patterns = new Patterns(grid);
            BoundResult bound = LowerBound.of(grid, patterns);
            TfSchedule schedule = model(grid, patterns);
            SolverFactory<TfSchedule> factory = SolverFactory.create(new SolverConfig()
                    .withSolutionClass(TfSchedule.class)
                    .withEntityClasses(TfAgentDay.class)
                    .withConstraintProviderClass(TfConstraints.class)
                    .withRandomSeed(seed)
                    .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit((long) seconds)));
            Solver<TfSchedule> solver = factory.buildSolver();
            long start = System.nanoTime();
            TfSchedule solved = solver.solve(schedule);
            double took = (System.nanoTime() - start) / 1e9;
            long paid = solved.getAgentDays().stream()
                    .filter(d -> d.getPattern() != null)
                    .mapToLong(d -> d.getPattern().paidMinutes())
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.4f | %d (hard score %d) | %.1f |%n",
                    c,
                    paid / 60.0,
                    bound.paidMinutes() / 60.0,
                    paid / (double) bound.paidMinutes(),
                    shortOf(grid, solved),
                    solved.getScore().hardScore(),
                    took);
        }
    }

    static TfSchedule model(Grid grid, Patterns patterns) {
        List<TfSlot> slots = new ArrayList<>();
        List<List<TfSlot>> byDay = new ArrayList<>();
        for (GridDay day : grid.days) {
            List<TfSlot> list = new ArrayList<>();
            for (int s = 0; s < day.slots(); s++) {
                list.add(new TfSlot(day.index(), s, day.required()[s]));
            }
            byDay.add(list);
            slots.addAll(list);
        }
        // one TfPattern per pattern, shared by every agent who may work it
        List<List<List<TfPattern>>> wrapped = new ArrayList<>();
        for (GridDay day : grid.days) {
            List<List<TfPattern>> perType = new ArrayList<>();
            for (GridType type : grid.types) {
                List<TfPattern> list = new ArrayList<>();
                for (Pattern p : patterns.of(day.index(), type.index())) {
                    List<TfSlot> duty = new ArrayList<>();
                    for (int s = p.start(); s < p.end(); s++) {
                        if (p.onDuty(s)) {
                            duty.add(byDay.get(day.index()).get(s));
                        }
                    }
                    list.add(new TfPattern(
                            p,
                            duty,
                            type.paidMinutes(),
                            grid.absoluteMinute(day.index(), p.start()),
                            grid.absoluteMinute(day.index(), p.end())));
                }
                perType.add(list);
            }
            wrapped.add(perType);
        }
        List<TfAgentDay> agentDays = new ArrayList<>();
        for (GridAgent agent : grid.agents) {
            GridContract contract = grid.contracts.get(agent.contract());
            for (GridDay day : grid.days) {
                if (!agent.available()[day.index()]) {
                    continue;
                }
                List<TfPattern> allowed = new ArrayList<>();
                for (GridType type : grid.types) {
                    if (contract.allows()[type.index()]) {
                        allowed.addAll(wrapped.get(day.index()).get(type.index()));
                    }
                }
                agentDays.add(new TfAgentDay(
                        agent.index(),
                        day.index(),
                        day.week(),
                        contract.perWeek(),
                        contract.paidPerWeek(),
                        contract.restMinutes(),
                        allowed));
            }
        }
        return new TfSchedule(slots, agentDays);
    }

    private static long shortOf(Grid grid, TfSchedule solved) {
        int[][] onDuty = new int[grid.dayCount()][];
        for (GridDay day : grid.days) {
            onDuty[day.index()] = new int[day.slots()];
        }
        for (TfAgentDay d : solved.getAgentDays()) {
            if (d.getPattern() != null) {
                d.getPattern().duty().forEach(s -> onDuty[s.day()][s.slot()]++);
            }
        }
        long missing = 0;
        for (GridDay day : grid.days) {
            for (int s = 0; s < day.slots(); s++) {
                missing += Math.max(0, day.required()[s] - onDuty[day.index()][s]);
            }
        }
        return missing;
    }
}
