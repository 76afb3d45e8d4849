package dev.kantor.scheduling.bound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.ortools.OrTools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The linear relaxation of the shift-and-break covering model, solved by GLOP with column
 * generation: it starts from one break placement per shift type and start, and after each solve
 * adds, for every type and start, the placement whose duty the covering duals price highest when
 * that makes a column with negative reduced cost; until none does. A pattern's reduced cost is
 * cheap to price (its paid minutes, less the duals of the intervals it is on duty in, plus the
 * day-and-type price), so every pattern is priced each round while the LP holds only a few.
 *
 * <p>Rows, all written {@code ≥}, so that every dual is ≥ 0: cover (per day and interval,
 * patterns on duty ≥ requirement); with capacities also link (per day and type, contract shares ≥
 * patterns), day (a contract's shares ≤ its free agents that day), week shifts and week paid
 * minutes (per contract and week). An artificial column per interval (cost {@link #SHORT_COST} per
 * agent-interval) keeps the LP feasible when the roster cannot cover; it plays no part in the
 * dual argument of {@link LowerBound}.
 */
public final class CoveringLp {

    /** What one agent-interval left short costs in the relaxation: more than any shift. */
    static final double SHORT_COST = 10_000;

    private static final double NEGATIVE = -1e-6;
    private static final int MAX_ROUNDS = 200;

    /** The relaxation's optimum: columns with their values, and the duals of every row. */
    public record Solution(
            List<Pattern> columns,
            double[] values,
            double objective,
            double shortfall,
            double[][] cover,
            double[][] link,
            double[][] dayCap,
            double[][] weekShifts,
            double[][] weekPaid,
            boolean capacitated,
            List<Pattern> nearlyPriced) {}

    private CoveringLp() {}

    /**
     * @param capacity the roster's sums, or null for the relaxation without them
     * @param deadline {@link System#nanoTime()} after which no further round starts
     * @return the optimum, or null when GLOP failed
     */
    public static Solution solve(Grid grid, Patterns patterns, int[][] required, Capacity capacity, long deadline) {
        return solve(grid, patterns, required, capacity, deadline, () -> false);
    }

    /** The same, ending column generation early when {@code stopped} says so. */
    public static Solution solve(
            Grid grid,
            Patterns patterns,
            int[][] required,
            Capacity capacity,
            long deadline,
            java.util.function.BooleanSupplier stopped) {
        OrTools.load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            return new Model(solver, grid, patterns, required, capacity).run(deadline, stopped);
        } finally {
            solver.delete();
        }
    }

    private static final class Model {
        final MPSolver solver;
        final Grid grid;
        final Patterns patterns;
        final int[][] required;
        final Capacity capacity;
        final MPConstraint[][] cover;
        final MPConstraint[][] link;
        final MPConstraint[][] dayCap;
        final MPConstraint[][] weekShifts;
        final MPConstraint[][] weekPaid;
        final List<Pattern> columns = new ArrayList<>();
        final List<MPVariable> vars = new ArrayList<>();
        final List<MPVariable> shorts = new ArrayList<>();
        final Set<Pattern> present = new HashSet<>();
        final MPObjective objective;

        Model(MPSolver solver, Grid grid, Patterns patterns, int[][] required, Capacity capacity) {
            this.solver = solver;
            this.grid = grid;
            this.patterns = patterns;
            this.required = required;
            this.capacity = capacity;
            this.objective = solver.objective();
            int days = grid.dayCount();
            double infinity = MPSolver.infinity();
            cover = new MPConstraint[days][];
            for (int d = 0; d < days; d++) {
                cover[d] = new MPConstraint[required[d].length];
                for (int s = 0; s < required[d].length; s++) {
                    cover[d][s] = solver.makeConstraint(required[d][s], infinity);
                    if (required[d][s] > 0) {
                        MPVariable shortBy = solver.makeNumVar(0, infinity, "");
                        cover[d][s].setCoefficient(shortBy, 1);
                        objective.setCoefficient(shortBy, SHORT_COST);
                        shorts.add(shortBy);
                    }
                }
            }
            int contracts = grid.contracts.size();
            link = new MPConstraint[days][grid.types.size()];
            dayCap = new MPConstraint[contracts][days];
            weekShifts = new MPConstraint[contracts][grid.weeks];
            weekPaid = new MPConstraint[contracts][grid.weeks];
            if (capacity != null) {
                for (int d = 0; d < days; d++) {
                    for (int t = 0; t < grid.types.size(); t++) {
                        link[d][t] = solver.makeConstraint(0, infinity);
                    }
                }
                for (GridContract c : grid.contracts) {
                    for (int d = 0; d < days; d++) {
                        dayCap[c.index()][d] = solver.makeConstraint(-capacity.perDay[c.index()][d], infinity);
                    }
                    for (int w = 0; w < grid.weeks; w++) {
                        weekShifts[c.index()][w] =
                                solver.makeConstraint(-capacity.shiftsPerWeek[c.index()][w], infinity);
                        weekPaid[c.index()][w] = solver.makeConstraint(-capacity.paidPerWeek[c.index()][w], infinity);
                    }
                    for (int d = 0; d < days; d++) {
                        int w = grid.days.get(d).week();
                        for (GridType type : grid.types) {
                            if (c.allows()[type.index()]) {
                                MPVariable share = solver.makeNumVar(0, infinity, "");
                                link[d][type.index()].setCoefficient(share, 1);
                                dayCap[c.index()][d].setCoefficient(share, -1);
                                weekShifts[c.index()][w].setCoefficient(share, -1);
                                weekPaid[c.index()][w].setCoefficient(share, -type.paidMinutes());
                            }
                        }
                    }
                }
            }
            objective.setMinimization();
        }

        void add(Pattern p) {
            if (!present.add(p)) {
                return;
            }
            MPVariable x = solver.makeNumVar(0, MPSolver.infinity(), "");
            objective.setCoefficient(x, grid.types.get(p.type()).paidMinutes());
            for (int s = p.start(); s < p.end(); s++) {
                if (p.onDuty(s)) {
                    cover[p.day()][s].setCoefficient(x, 1);
                }
            }
            if (capacity != null) {
                link[p.day()][p.type()].setCoefficient(x, -1);
            }
            columns.add(p);
            vars.add(x);
        }

        Solution run(long deadline, java.util.function.BooleanSupplier stopped) {
            for (int d = 0; d < grid.dayCount(); d++) {
                for (GridType type : grid.types) {
                    List<Pattern> all = patterns.of(d, type.index());
                    // one placement per start to begin with: the middle one
                    int i = 0;
                    while (i < all.size()) {
                        int start = all.get(i).start();
                        int j = i;
                        while (j < all.size() && all.get(j).start() == start) {
                            j++;
                        }
                        add(all.get((i + j) / 2));
                        i = j;
                    }
                }
            }
            double[][] u = null;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                    return null;
                }
                u = duals(cover);
                double[][] v = capacity == null ? null : duals(link);
                int added = 0;
                if (System.nanoTime() < deadline && !stopped.getAsBoolean()) {
                    for (Pattern p : priced(u, v)) {
                        add(p);
                        added++;
                    }
                }
                if (added == 0) {
                    break;
                }
            }
            double[] values = new double[vars.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = vars.get(i).solutionValue();
            }
            double shortfall = 0;
            for (MPVariable s : shorts) {
                shortfall += s.solutionValue();
            }
            double[][] v = capacity == null ? null : duals(link);
            // the best placement of every start at the final prices: the integer mix may need them
            List<Pattern> nearly = priced(u, v, Double.MAX_VALUE);
            return new Solution(
                    List.copyOf(columns),
                    values,
                    objective.value(),
                    shortfall,
                    u,
                    v,
                    capacity == null ? null : duals(dayCap),
                    capacity == null ? null : duals(weekShifts),
                    capacity == null ? null : duals(weekPaid),
                    capacity != null,
                    nearly);
        }

        /** Per day, type and start, the best-priced placement when its reduced cost is negative. */
        private List<Pattern> priced(double[][] u, double[][] v) {
            return priced(u, v, NEGATIVE);
        }

        /** Per day, type and start, the best-priced placement when its reduced cost is below {@code limit}. */
        private List<Pattern> priced(double[][] u, double[][] v, double limit) {
            List<Pattern> found = new ArrayList<>();
            for (int d = 0; d < grid.dayCount(); d++) {
                for (GridType type : grid.types) {
                    double price = v == null ? 0 : v[d][type.index()];
                    Pattern best = null;
                    double bestCost = limit;
                    for (Pattern p : patterns.of(d, type.index())) {
                        if (best != null && p.start() != best.start()) {
                            if (!present.contains(best)) {
                                found.add(best);
                            }
                            best = null;
                            bestCost = limit;
                        }
                        double cost = type.paidMinutes() + price;
                        for (int s = p.start(); s < p.end(); s++) {
                            if (p.onDuty(s)) {
                                cost -= u[d][s];
                            }
                        }
                        if (cost < bestCost) {
                            best = p;
                            bestCost = cost;
                        }
                    }
                    if (best != null && !present.contains(best)) {
                        found.add(best);
                    }
                }
            }
            return found;
        }

        private static double[][] duals(MPConstraint[][] rows) {
            double[][] values = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                values[i] = new double[rows[i].length];
                for (int j = 0; j < rows[i].length; j++) {
                    double dual = rows[i][j] == null ? 0 : rows[i][j].dualValue();
                    values[i][j] = dual > 0 && Double.isFinite(dual) ? dual : 0;
                }
            }
            return values;
        }
    }
}
