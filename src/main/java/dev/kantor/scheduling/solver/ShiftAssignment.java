package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * Gives a shift mix to agents as a CP-SAT model. Shifts of a day with the same type and start are
 * one class (their breaks do not matter to who works them); a 0/1 variable says whether an agent
 * works a class. Each agent works at most one shift a day, keeps the week's shifts and paid
 * minutes and the rest between consecutive days; a shift left to nobody is heavily penalised
 * (its intervals become short); then the paid minutes of agents of one contract are kept close
 * to their share, in proportion to what each can work.
 */
final class ShiftAssignment {

    private record ShiftClass(int day, int type, int start, List<Pattern> shifts) {}

    private ShiftAssignment() {}

    /**
     * @param inScope the agents who may take these shifts (those of the contracts allowing their types)
     */
    static GreedyAssignment.Outcome assign(
            Roster roster,
            List<Pattern> shifts,
            boolean[] inScope,
            GreedyAssignment.Outcome hint,
            double seconds,
            SolverSettings settings,
            StopSignal stop,
            java.util.function.Consumer<List<Placement>> improved) {
        Grid grid = roster.grid;
        int agents = grid.agents.size();
        Map<List<Integer>, ShiftClass> byKey = new LinkedHashMap<>();
        for (Pattern p : shifts) {
            byKey.computeIfAbsent(
                            List.of(p.day(), p.type(), p.start()),
                            k -> new ShiftClass(p.day(), p.type(), p.start(), new ArrayList<>()))
                    .shifts()
                    .add(p);
        }
        List<ShiftClass> classes = new ArrayList<>(byKey.values());
        Map<List<Integer>, Integer> indexOf = new java.util.HashMap<>();
        for (List<Integer> key : byKey.keySet()) {
            indexOf.put(key, indexOf.size());
        }
        long gcd = 0;
        for (GridType type : grid.types) {
            gcd = java.math.BigInteger.valueOf(gcd)
                    .gcd(java.math.BigInteger.valueOf(type.paidMinutes()))
                    .longValue();
        }

        CpModel model = new CpModel();
        BoolVar[][] works = new BoolVar[agents][classes.size()];
        List<List<Integer>> classesOfDay = new ArrayList<>();
        for (int d = 0; d < grid.dayCount(); d++) {
            classesOfDay.add(new ArrayList<>());
        }
        IntVar[] left = new IntVar[classes.size()];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        long leftWeight = 0;
        for (int a = 0; a < agents; a++) {
            if (inScope[a]) {
                leftWeight += roster.contractOf(a).paidPerWeek() * (long) grid.weeks / gcd + 1;
            }
        }
        leftWeight = Math.max(1, leftWeight);
        for (int k = 0; k < classes.size(); k++) {
            ShiftClass c = classes.get(k);
            classesOfDay.get(c.day()).add(k);
            Pattern sample = c.shifts().get(0);
            LinearExprBuilder taken = LinearExpr.newBuilder();
            for (int a = 0; a < agents; a++) {
                if (inScope[a] && roster.eligible(a, sample)) {
                    works[a][k] = model.newBoolVar("");
                    taken.add(works[a][k]);
                }
            }
            left[k] = model.newIntVar(0, c.shifts().size(), "");
            taken.add(left[k]);
            model.addEquality(taken, c.shifts().size());
            objective.addTerm(left[k], leftWeight);
        }
        for (int a = 0; a < agents; a++) {
            if (!inScope[a]) {
                continue;
            }
            addAgentRules(model, roster, a, classes, classesOfDay, works[a]);
        }
        addFairness(model, roster, classes, works, inScope, hint, gcd, objective);
        for (Placement placement : hint.placed()) {
            Pattern p = placement.pattern();
            int k = indexOf.get(List.of(p.day(), p.type(), p.start()));
            if (works[placement.agent()][k] != null) {
                model.addHint(works[placement.agent()][k], 1);
            }
        }
        model.minimize(objective);

        CpSolver solver = new CpSolver();
        settings.applyTo(solver.getParameters(), seconds);
        // fair enough: within one pay unit (the types' common divisor, often two hours) per agent of the
        // best spread possible; without it the search would spend its whole share on the last units
        solver.getParameters().setAbsoluteGapLimit(inScopeCount(inScope));
        Runnable hook = solver::stopSearch;
        stop.onStop(hook);
        if (stop.isStopped()) {
            stop.forget(hook);
            return hint;
        }
        try {
            long[] lastReport = {System.nanoTime()};
            CpSolverStatus status = solver.solve(model, new com.google.ortools.sat.CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    if (stop.isStopped()) {
                        stopSearch();
                    }
                    long now = System.nanoTime();
                    if (now - lastReport[0] < 1_000_000_000L) {
                        return;
                    }
                    lastReport[0] = now;
                    List<Placement> placed = new ArrayList<>();
                    for (int k = 0; k < classes.size(); k++) {
                        List<Pattern> pool = classes.get(k).shifts();
                        int next = 0;
                        for (int a = 0; a < agents && next < pool.size(); a++) {
                            if (works[a][k] != null && booleanValue(works[a][k])) {
                                placed.add(new Placement(a, pool.get(next++)));
                            }
                        }
                    }
                    improved.accept(placed);
                }
            });
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return hint;
            }
            List<Placement> placed = new ArrayList<>();
            List<Pattern> unplaced = new ArrayList<>();
            for (int k = 0; k < classes.size(); k++) {
                List<Pattern> pool = new ArrayList<>(classes.get(k).shifts());
                for (int a = 0; a < agents; a++) {
                    if (works[a][k] != null && solver.booleanValue(works[a][k])) {
                        placed.add(new Placement(a, pool.remove(pool.size() - 1)));
                    }
                }
                unplaced.addAll(pool);
            }
            return unplaced.size() <= hint.unplaced().size() ? new GreedyAssignment.Outcome(placed, unplaced) : hint;
        } finally {
            stop.forget(hook);
        }
    }

    private static int inScopeCount(boolean[] inScope) {
        int n = 0;
        for (boolean in : inScope) {
            n += in ? 1 : 0;
        }
        return Math.max(1, n);
    }

    private static void addAgentRules(
            CpModel model,
            Roster roster,
            int a,
            List<ShiftClass> classes,
            List<List<Integer>> classesOfDay,
            BoolVar[] works) {
        Grid grid = roster.grid;
        LinearExprBuilder[] weekShifts = new LinearExprBuilder[grid.weeks];
        LinearExprBuilder[] weekPaid = new LinearExprBuilder[grid.weeks];
        for (int w = 0; w < grid.weeks; w++) {
            weekShifts[w] = LinearExpr.newBuilder();
            weekPaid[w] = LinearExpr.newBuilder();
        }
        for (int d = 0; d < grid.dayCount(); d++) {
            List<Literal> today = new ArrayList<>();
            int w = grid.days.get(d).week();
            for (int k : classesOfDay.get(d)) {
                if (works[k] != null) {
                    today.add(works[k]);
                    weekShifts[w].add(works[k]);
                    weekPaid[w].addTerm(
                            works[k], grid.types.get(classes.get(k).type()).paidMinutes());
                }
            }
            if (today.size() > 1) {
                model.addAtMostOne(today);
            }
            if (d + 1 < grid.dayCount()) {
                for (int next : classesOfDay.get(d + 1)) {
                    if (works[next] == null) {
                        continue;
                    }
                    List<Literal> clash = new ArrayList<>();
                    for (int k : classesOfDay.get(d)) {
                        if (works[k] != null
                                && !roster.restBetween(
                                        a,
                                        classes.get(k).shifts().get(0),
                                        classes.get(next).shifts().get(0))) {
                            clash.add(works[k]);
                        }
                    }
                    if (!clash.isEmpty()) {
                        clash.add(works[next]);
                        model.addAtMostOne(clash);
                    }
                }
            }
        }
        for (int w = 0; w < grid.weeks; w++) {
            model.addLessOrEqual(weekShifts[w], roster.capacity.agentWeekShifts[a][w]);
            model.addLessOrEqual(weekPaid[w], roster.capacity.agentWeekPaid[a][w]);
        }
    }

    /**
     * Each agent's paid minutes (in units of the types' common divisor) against a target: the
     * contract's total as the hint shares it, in proportion to how many shifts each agent can work.
     */
    private static void addFairness(
            CpModel model,
            Roster roster,
            List<ShiftClass> classes,
            BoolVar[][] works,
            boolean[] inScope,
            GreedyAssignment.Outcome hint,
            long gcd,
            LinearExprBuilder objective) {
        Grid grid = roster.grid;
        int agents = grid.agents.size();
        long[] contractUnits = new long[grid.contracts.size()];
        double[] contractWeight = new double[grid.contracts.size()];
        double[] weight = new double[agents];
        for (int a = 0; a < agents; a++) {
            int c = roster.contractOf(a).index();
            contractUnits[c] += roster.fixedPaid[a] / gcd;
            for (int w = 0; w < grid.weeks; w++) {
                weight[a] += roster.capacity.agentWeekShifts[a][w];
            }
            weight[a] += roster.fixedCount[a];
            contractWeight[c] += weight[a];
        }
        for (Placement placement : hint.placed()) {
            contractUnits[roster.contractOf(placement.agent()).index()] +=
                    grid.types.get(placement.pattern().type()).paidMinutes() / gcd;
        }
        for (int a = 0; a < agents; a++) {
            int c = roster.contractOf(a).index();
            if (!inScope[a] || contractWeight[c] == 0) {
                continue;
            }
            long target = Math.round(contractUnits[c] * weight[a] / contractWeight[c]);
            LinearExprBuilder units = LinearExpr.newBuilder();
            long most = roster.fixedPaid[a] / gcd;
            for (int k = 0; k < classes.size(); k++) {
                if (works[a][k] != null) {
                    long u = grid.types.get(classes.get(k).type()).paidMinutes() / gcd;
                    units.addTerm(works[a][k], u);
                    most += u;
                }
            }
            units.add(roster.fixedPaid[a] / gcd - target);
            IntVar deviation = model.newIntVar(0, Math.max(most, target) + 1, "");
            LinearExpr difference = units.build();
            model.addLessOrEqual(difference, deviation);
            model.addGreaterOrEqual(
                    LinearExpr.newBuilder().add(difference).add(deviation).build(), 0);
            objective.add(deviation);
        }
    }
}
