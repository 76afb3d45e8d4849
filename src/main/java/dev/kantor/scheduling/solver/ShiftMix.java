package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The daily shift mix as a CP-SAT model: how many shifts of each pattern (type × start × break
 * placement) each day, so that every interval is covered, within what each contract's agents can
 * work per day and per week (shifts and paid minutes), at the least cost. Who works which shift is
 * decided afterwards ({@link ShiftAssignment}).
 *
 * <p>Objective, lexicographic through its weights: agent-intervals short, then paid minutes, then
 * on-duty intervals beyond the requirement (over-coverage).
 */
final class ShiftMix {

    /**
     * The search stops once its mix is proven within this share of the best possible (its objective
     * is dominated by paid minutes): half a percent, well inside what a manager could tell apart.
     */
    static final double RELATIVE_GAP = 0.005;

    /** What the mix search found; {@code optimal} when proven within {@link #RELATIVE_GAP}. */
    record Result(List<Pattern> shifts, boolean optimal) {}

    private final Grid grid;
    private final List<List<List<Pattern>>> candidates = new ArrayList<>();
    private final java.util.Map<Pattern, Long> hint = new java.util.HashMap<>();
    private final int[][] required;
    private final Capacity capacity;

    /**
     * @param columns the patterns the search may use: those of the covering LP's column generation
     *        and the best placement of every start at the LP's final prices
     * @param start a first mix to start from (hinted to the search)
     */
    ShiftMix(Grid grid, List<Pattern> columns, List<Pattern> start, int[][] required, Capacity capacity) {
        this.grid = grid;
        this.required = required;
        this.capacity = capacity;
        for (int d = 0; d < grid.dayCount(); d++) {
            List<List<Pattern>> perType = new ArrayList<>();
            for (int t = 0; t < grid.types.size(); t++) {
                perType.add(new ArrayList<>());
            }
            candidates.add(perType);
        }
        java.util.Set<Pattern> seen = new java.util.HashSet<>();
        for (Pattern p : columns) {
            if (seen.add(p)) {
                candidates.get(p.day()).get(p.type()).add(p);
            }
        }
        for (Pattern p : start) {
            if (seen.add(p)) {
                candidates.get(p.day()).get(p.type()).add(p);
            }
            hint.merge(p, 1L, Long::sum);
        }
    }

    Result solve(double seconds, SolverSettings settings, StopSignal stop, Consumer<List<Pattern>> improved) {
        CpModel model = new CpModel();
        List<Pattern> used = new ArrayList<>();
        List<IntVar> counts = new ArrayList<>();
        int days = grid.dayCount();
        long gcd = 0;
        int maxWork = 1;
        int maxPaid = 1;
        for (GridType type : grid.types) {
            gcd = java.math.BigInteger.valueOf(gcd)
                    .gcd(java.math.BigInteger.valueOf(type.paidMinutes()))
                    .longValue();
            maxPaid = Math.max(maxPaid, type.paidMinutes());
            maxWork = Math.max(maxWork, type.spanSlots());
        }
        long totalCapacity = 0;
        for (int[] perDay : capacity.perDay) {
            for (int n : perDay) {
                totalCapacity += n;
            }
        }
        // paid minutes outweigh any over-coverage, shortfall outweighs several shifts' pay
        long paidWeight = totalCapacity * maxWork + 1;
        long shortWeight = paidWeight * (maxPaid / gcd) * 4 + 1;

        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<List<List<IntVar>>> byDayType = new ArrayList<>();
        LinearExprBuilder[][] cover = new LinearExprBuilder[days][];
        for (int d = 0; d < days; d++) {
            cover[d] = new LinearExprBuilder[required[d].length];
            for (int s = 0; s < cover[d].length; s++) {
                cover[d][s] = LinearExpr.newBuilder();
            }
            List<List<IntVar>> perType = new ArrayList<>();
            for (GridType type : grid.types) {
                List<IntVar> vars = new ArrayList<>();
                int typeCapacity = 0;
                for (GridContract c : grid.contracts) {
                    if (c.allows()[type.index()]) {
                        typeCapacity += capacity.perDay[c.index()][d];
                    }
                }
                for (Pattern p : typeCapacity == 0
                        ? List.<Pattern>of()
                        : candidates.get(d).get(type.index())) {
                    int most = 0;
                    for (int s = p.start(); s < p.end(); s++) {
                        if (p.onDuty(s)) {
                            most = Math.max(most, required[d][s]);
                        }
                    }
                    int bound = Math.min(most, typeCapacity);
                    if (bound == 0) {
                        continue;
                    }
                    IntVar x = model.newIntVar(0, bound, "");
                    model.addHint(x, Math.min(bound, hint.getOrDefault(p, 0L)));
                    vars.add(x);
                    used.add(p);
                    counts.add(x);
                    objective.addTerm(x, paidWeight * (type.paidMinutes() / gcd) + p.workSlots());
                    for (int s = p.start(); s < p.end(); s++) {
                        if (p.onDuty(s)) {
                            cover[d][s].add(x);
                        }
                    }
                }
                perType.add(vars);
            }
            byDayType.add(perType);
            for (int s = 0; s < cover[d].length; s++) {
                if (required[d][s] == 0) {
                    continue;
                }
                IntVar shortBy = model.newIntVar(0, required[d][s], "");
                cover[d][s].add(shortBy);
                // a short interval also counts as over-coverage avoided: keep the weights exact
                objective.addTerm(shortBy, shortWeight + 1);
                model.addGreaterOrEqual(cover[d][s], required[d][s]);
            }
        }
        addContractLimits(model, byDayType);
        model.minimize(objective);

        CpSolver solver = new CpSolver();
        settings.applyTo(solver.getParameters(), seconds);
        solver.getParameters()
                .setFindBigLinearOverlap(false)
                .setRelativeGapLimit(RELATIVE_GAP)
                .setLogSearchProgress(System.getProperty("kantor.cpsat.log") != null);
        Runnable hook = solver::stopSearch;
        stop.onStop(hook);
        if (stop.isStopped()) {
            stop.forget(hook);
            return new Result(List.of(), false);
        }
        long[] best = new long[counts.size()];
        boolean[] found = {false};
        try {
            CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    if (stop.isStopped()) {
                        stopSearch(); // a stop that came before the search had started
                    }
                    for (int i = 0; i < best.length; i++) {
                        best[i] = value(counts.get(i));
                    }
                    found[0] = true;
                    improved.accept(expand(used, best));
                }
            });
            if (!found[0]) {
                // no mix before the time ran out or a stop came: normal for a stop, worth a look otherwise
                new Trace().log("mix: %s %s %s", status, model.validate(), solver.responseStats());
                return new Result(List.of(), false);
            }
            return new Result(expand(used, best), status == CpSolverStatus.OPTIMAL);
        } finally {
            stop.forget(hook);
        }
    }

    /**
     * Per contract: shifts a day within its free agents, and per week within their shifts and paid
     * minutes. A type several contracts allow is shared out by contract variables.
     */
    private void addContractLimits(CpModel model, List<List<List<IntVar>>> byDayType) {
        int days = grid.dayCount();
        LinearExprBuilder[][] weekShifts = new LinearExprBuilder[grid.contracts.size()][grid.weeks];
        LinearExprBuilder[][] weekPaid = new LinearExprBuilder[grid.contracts.size()][grid.weeks];
        for (GridContract c : grid.contracts) {
            for (int w = 0; w < grid.weeks; w++) {
                weekShifts[c.index()][w] = LinearExpr.newBuilder();
                weekPaid[c.index()][w] = LinearExpr.newBuilder();
            }
        }
        for (int d = 0; d < days; d++) {
            int w = grid.days.get(d).week();
            LinearExprBuilder[] dayShifts = new LinearExprBuilder[grid.contracts.size()];
            for (GridContract c : grid.contracts) {
                dayShifts[c.index()] = LinearExpr.newBuilder();
            }
            for (GridType type : grid.types) {
                List<IntVar> vars = byDayType.get(d).get(type.index());
                if (vars.isEmpty()) {
                    continue;
                }
                LinearExprBuilder shares = LinearExpr.newBuilder();
                int total = 0;
                for (GridContract c : grid.contracts) {
                    if (!c.allows()[type.index()] || capacity.perDay[c.index()][d] == 0) {
                        continue;
                    }
                    IntVar share = model.newIntVar(0, capacity.perDay[c.index()][d], "");
                    total += capacity.perDay[c.index()][d];
                    shares.add(share);
                    dayShifts[c.index()].add(share);
                    weekShifts[c.index()][w].add(share);
                    weekPaid[c.index()][w].addTerm(share, type.paidMinutes());
                }
                model.addEquality(LinearExpr.sum(vars.toArray(IntVar[]::new)), shares);
                model.addLessOrEqual(LinearExpr.sum(vars.toArray(IntVar[]::new)), total);
            }
            for (GridContract c : grid.contracts) {
                model.addLessOrEqual(dayShifts[c.index()], capacity.perDay[c.index()][d]);
            }
        }
        for (GridContract c : grid.contracts) {
            for (int w = 0; w < grid.weeks; w++) {
                model.addLessOrEqual(weekShifts[c.index()][w], capacity.shiftsPerWeek[c.index()][w]);
                model.addLessOrEqual(weekPaid[c.index()][w], capacity.paidPerWeek[c.index()][w]);
            }
        }
    }

    private static List<Pattern> expand(List<Pattern> used, long[] counts) {
        List<Pattern> shifts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (long n = 0; n < counts[i]; n++) {
                shifts.add(used.get(i));
            }
        }
        return shifts;
    }
}
