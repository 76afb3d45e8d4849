package dev.kantor.scheduling.bound;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridDay;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.grid.Residual;
import dev.kantor.scheduling.ortools.OrTools;

/**
 * A proven lower bound on paid minutes, the best of two arguments:
 *
 * <ol>
 * <li><b>share</b>: the agent-intervals still required, each costing at least the best paid minutes
 * per on-duty interval of any shift type;</li>
 * <li><b>lp</b>: the linear relaxation of the shift-and-break covering model. Per day, a column per
 * pattern (shift type × start × break placement) covers the intervals it is on duty in; contract
 * columns share each day's shifts of a type out among the contracts allowing it, within what the
 * contract's agents can work that day and that week (shifts and paid minutes). Minimise paid
 * minutes.</li>
 * </ol>
 *
 * <p><b>Why the LP bound is safe.</b> GLOP solves in floating point, so its optimum is not trusted.
 * Only its duals are used, and made feasible for the dual LP exactly: negative duals are set to
 * zero, each day-and-type price is set to the cheapest contract's price (decimal arithmetic), and
 * the covering duals are divided by the largest ratio by which any pattern column, all of them
 * including those not in the model, is violated (rounded up). By weak duality the dual objective of
 * any dual-feasible point is below every primal value; it is computed exactly in
 * {@link BigDecimal} from the doubles (each a finite binary fraction), then rounded up to a whole
 * paid total (a schedule's paid minutes are a sum of its types' paid minutes, so a multiple of their
 * greatest common divisor). Pinned shifts are fixed: their cost is added, their duty taken from the
 * requirement first.
 */
public final class LowerBound {

    private static final MathContext EXACT = MathContext.UNLIMITED;

    private LowerBound() {
    }

    public static BoundResult of(Grid grid, Patterns patterns) {
        Residual residual = new Residual(grid);
        long share = shareBound(grid, residual);
        long gcd = paidGcd(grid);
        BoundResult best = new BoundResult(residual.pinnedPaid + roundUp(share, gcd), "share", 0);
        if (!patterns.complete() || totalRequired(residual) == 0) {
            return best;
        }
        OrTools.load();
        Capacity capacity = new Capacity(grid, Integer.MAX_VALUE);
        LpBound lp = LpBound.solve(grid, patterns, residual, capacity, true);
        String method = "lp";
        if (lp == null) {
            lp = LpBound.solve(grid, patterns, residual, capacity, false);
            method = "lp-uncapacitated";
        }
        if (lp != null) {
            long rounded = residual.pinnedPaid + roundUp(ceil(lp.safeValue), gcd);
            if (rounded > best.paidMinutes()) {
                best = new BoundResult(rounded, method, lp.value);
            }
        }
        return best;
    }

    private static long totalRequired(Residual residual) {
        long total = 0;
        for (int[] day : residual.required) {
            for (int r : day) {
                total += r;
            }
        }
        return total;
    }

    /** Requirement × the cheapest paid minutes per on-duty interval, rounded up. */
    private static long shareBound(Grid grid, Residual residual) {
        long required = totalRequired(residual);
        if (required == 0) {
            return 0;
        }
        // the cheapest ratio paid / work over types some contract allows; exact as a fraction
        long bestPaid = -1;
        long bestWork = 1;
        for (GridType type : grid.types) {
            boolean allowed = grid.contracts.stream().anyMatch(c -> c.allows()[type.index()]);
            int work = type.spanSlots();
            for (int length : type.breakSlots()) {
                work -= length;
            }
            if (!allowed || work <= 0) {
                continue;
            }
            if (bestPaid < 0 || (long) type.paidMinutes() * bestWork < bestPaid * work) {
                bestPaid = type.paidMinutes();
                bestWork = work;
            }
        }
        if (bestPaid < 0) {
            return 0;
        }
        return Math.floorDiv(-(required * bestPaid), bestWork) * -1;
    }

    private static long paidGcd(Grid grid) {
        long gcd = 0;
        for (GridType type : grid.types) {
            gcd = java.math.BigInteger.valueOf(gcd).gcd(java.math.BigInteger.valueOf(type.paidMinutes())).longValue();
        }
        return Math.max(1, gcd);
    }

    private static long roundUp(long value, long multiple) {
        return Math.floorDiv(value + multiple - 1, multiple) * multiple;
    }

    private static long ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The LP, its duals, and the exactly computed value of the repaired dual point. */
    private static final class LpBound {
        double value;
        BigDecimal safeValue;

        static LpBound solve(Grid grid, Patterns patterns, Residual residual, Capacity capacity, boolean capacitated) {
            MPSolver solver = MPSolver.createSolver("GLOP");
            try {
                return build(solver, grid, patterns, residual, capacity, capacitated);
            } finally {
                solver.delete();
            }
        }

        private static LpBound build(MPSolver solver, Grid grid, Patterns patterns, Residual residual,
                Capacity capacity, boolean capacitated) {
            int days = grid.dayCount();
            int typeCount = grid.types.size();
            int contractCount = grid.contracts.size();
            double infinity = MPSolver.infinity();
            MPConstraint[][] cover = new MPConstraint[days][];
            for (GridDay day : grid.days) {
                cover[day.index()] = new MPConstraint[day.slots()];
                for (int s = 0; s < day.slots(); s++) {
                    cover[day.index()][s] = solver.makeConstraint(residual.required[day.index()][s], infinity);
                }
            }
            // link[d][t]: contract shares - patterns >= 0 ; dayCap[c][d]: -shares >= -cap
            MPConstraint[][] link = new MPConstraint[days][typeCount];
            MPConstraint[][] dayCap = new MPConstraint[contractCount][days];
            MPConstraint[][] weekShifts = new MPConstraint[contractCount][grid.weeks];
            MPConstraint[][] weekPaid = new MPConstraint[contractCount][grid.weeks];
            MPObjective objective = solver.objective();
            if (capacitated) {
                for (int d = 0; d < days; d++) {
                    for (int t = 0; t < typeCount; t++) {
                        link[d][t] = solver.makeConstraint(0, infinity);
                    }
                }
                for (GridContract c : grid.contracts) {
                    for (int d = 0; d < days; d++) {
                        dayCap[c.index()][d] = solver.makeConstraint(-capacity.perDay[c.index()][d], infinity);
                    }
                    for (int w = 0; w < grid.weeks; w++) {
                        weekShifts[c.index()][w] = solver.makeConstraint(-capacity.shiftsPerWeek[c.index()][w],
                                infinity);
                        weekPaid[c.index()][w] = solver.makeConstraint(-capacity.paidPerWeek[c.index()][w], infinity);
                    }
                    for (int d = 0; d < days; d++) {
                        int w = grid.days.get(d).week();
                        for (GridType type : grid.types) {
                            if (!c.allows()[type.index()]) {
                                continue;
                            }
                            MPVariable share = solver.makeNumVar(0, infinity, "");
                            link[d][type.index()].setCoefficient(share, 1);
                            dayCap[c.index()][d].setCoefficient(share, -1);
                            weekShifts[c.index()][w].setCoefficient(share, -1);
                            weekPaid[c.index()][w].setCoefficient(share, -type.paidMinutes());
                        }
                    }
                }
            }
            for (int d = 0; d < days; d++) {
                int[] required = residual.required[d];
                for (GridType type : grid.types) {
                    for (Pattern p : patterns.of(d, type.index())) {
                        if (!useful(p, required)) {
                            continue; // costs and covers nothing required: never in an optimum, still checked below
                        }
                        MPVariable x = solver.makeNumVar(0, infinity, "");
                        objective.setCoefficient(x, type.paidMinutes());
                        for (int s = p.start(); s < p.end(); s++) {
                            if (p.onDuty(s)) {
                                cover[d][s].setCoefficient(x, 1);
                            }
                        }
                        if (capacitated) {
                            link[d][type.index()].setCoefficient(x, -1);
                        }
                    }
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            LpBound result = new LpBound();
            result.value = objective.value();
            result.safeValue = safeDualValue(grid, patterns, residual, capacity, capacitated, cover, link, dayCap,
                    weekShifts, weekPaid);
            return result;
        }

        private static boolean useful(Pattern p, int[] required) {
            for (int s = p.start(); s < p.end(); s++) {
                if (p.onDuty(s) && required[s] > 0) {
                    return true;
                }
            }
            return false;
        }

        private static BigDecimal dual(MPConstraint row) {
            double value = row.dualValue();
            return value > 0 && Double.isFinite(value) ? new BigDecimal(value) : BigDecimal.ZERO;
        }

        /** Repairs the duals into a dual-feasible point and returns its objective, exactly. */
        private static BigDecimal safeDualValue(Grid grid, Patterns patterns, Residual residual, Capacity capacity,
                boolean capacitated, MPConstraint[][] cover, MPConstraint[][] link, MPConstraint[][] dayCap,
                MPConstraint[][] weekShifts, MPConstraint[][] weekPaid) {
            int days = grid.dayCount();
            BigDecimal[][] u = new BigDecimal[days][];
            for (int d = 0; d < days; d++) {
                u[d] = new BigDecimal[cover[d].length];
                for (int s = 0; s < cover[d].length; s++) {
                    u[d][s] = dual(cover[d][s]);
                }
            }
            // v[d][t]: the price of one more shift of type t on day d, at most what the cheapest contract asks
            BigDecimal[][] v = new BigDecimal[days][grid.types.size()];
            BigDecimal constant = BigDecimal.ZERO;
            if (capacitated) {
                for (GridContract c : grid.contracts) {
                    for (int d = 0; d < days; d++) {
                        constant = constant.subtract(dual(dayCap[c.index()][d])
                                .multiply(BigDecimal.valueOf(capacity.perDay[c.index()][d])));
                    }
                    for (int w = 0; w < grid.weeks; w++) {
                        constant = constant.subtract(dual(weekShifts[c.index()][w])
                                .multiply(BigDecimal.valueOf(capacity.shiftsPerWeek[c.index()][w])));
                        constant = constant.subtract(dual(weekPaid[c.index()][w])
                                .multiply(BigDecimal.valueOf(capacity.paidPerWeek[c.index()][w])));
                    }
                }
                for (int d = 0; d < days; d++) {
                    int w = grid.days.get(d).week();
                    for (GridType type : grid.types) {
                        BigDecimal cheapest = null;
                        for (GridContract c : grid.contracts) {
                            if (!c.allows()[type.index()]) {
                                continue;
                            }
                            BigDecimal price = dual(dayCap[c.index()][d]).add(dual(weekShifts[c.index()][w]))
                                    .add(dual(weekPaid[c.index()][w]).multiply(BigDecimal.valueOf(type.paidMinutes())));
                            cheapest = cheapest == null || price.compareTo(cheapest) < 0 ? price : cheapest;
                        }
                        BigDecimal linked = dual(link[d][type.index()]);
                        // no contract allows the type: its shifts are impossible, any price will do
                        v[d][type.index()] = cheapest == null ? null : linked.min(cheapest);
                    }
                }
            }
            // theta: the largest violation ratio of any pattern column, rounded up
            BigDecimal theta = BigDecimal.ONE;
            for (int d = 0; d < days; d++) {
                for (GridType type : grid.types) {
                    BigDecimal price = capacitated ? v[d][type.index()] : BigDecimal.ZERO;
                    if (price == null) {
                        continue;
                    }
                    BigDecimal allowance = BigDecimal.valueOf(type.paidMinutes()).add(price);
                    for (Pattern p : patterns.of(d, type.index())) {
                        BigDecimal covered = BigDecimal.ZERO;
                        for (int s = p.start(); s < p.end(); s++) {
                            if (p.onDuty(s)) {
                                covered = covered.add(u[d][s]);
                            }
                        }
                        if (covered.compareTo(allowance.multiply(theta)) > 0) {
                            theta = covered.divide(allowance, new MathContext(40, RoundingMode.UP));
                        }
                    }
                }
            }
            BigDecimal value = constant;
            for (int d = 0; d < days; d++) {
                for (int s = 0; s < u[d].length; s++) {
                    BigDecimal scaled = u[d][s].divide(theta, new MathContext(40, RoundingMode.DOWN));
                    value = value.add(scaled.multiply(BigDecimal.valueOf(residual.required[d][s]), EXACT));
                }
            }
            return value;
        }
    }
}
