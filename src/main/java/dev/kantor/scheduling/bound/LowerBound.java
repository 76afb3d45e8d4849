package dev.kantor.scheduling.bound;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.grid.Residual;

/**
 * A proven lower bound on paid minutes, the best of two arguments:
 *
 * <ol>
 * <li><b>share</b>: the agent-intervals still required, each costing at least the best paid minutes
 * per on-duty interval of any shift type;</li>
 * <li><b>lp</b>: the linear relaxation of the shift-and-break covering model ({@link CoveringLp}). Per
 * day, a column per pattern (shift type × start × break placement) covers the intervals it is on
 * duty in; contract columns share each day's shifts of a type out among the contracts allowing it,
 * within what the contract's agents can work that day and that week (shifts, and paid minutes as
 * whole shifts can reach them). Minimise paid minutes.</li>
 * </ol>
 *
 * <p><b>Why the LP bound is safe.</b> GLOP solves in floating point, and column generation may stop
 * before every column is priced, so its optimum is not trusted. Only its duals are used, and made
 * feasible for the dual LP exactly: negative duals are set to zero, each day-and-type price is set
 * to at most the cheapest contract's price (decimal arithmetic), and the covering duals are divided
 * by the largest ratio by which any pattern column, every one of them and not only those in the LP,
 * is violated (rounded up). By weak duality the dual objective of any dual-feasible point is below
 * every primal value; it is computed exactly in {@link BigDecimal} from the doubles (each a finite
 * binary fraction), then rounded up to a whole paid total (a schedule's paid minutes are a sum of
 * its types' paid minutes, so a multiple of their greatest common divisor). Pinned shifts are fixed:
 * their cost is added, their duty taken from the requirement first.
 *
 * <p>When the roster cannot cover the requirement at all, no covering schedule exists and any
 * number is a bound; the relaxation without the roster's capacities is then reported, as what
 * covering would cost with people enough ({@code lp-uncapacitated}). Intervals no pattern can be on
 * duty in are left out for the same reason.
 */
public final class LowerBound {

    private static final MathContext EXACT = MathContext.UNLIMITED;

    private LowerBound() {}

    /** The bound alone. */
    public static BoundResult of(Grid grid, Patterns patterns) {
        return compute(grid, patterns, Long.MAX_VALUE).result();
    }

    /**
     * The bound and the relaxation it came from (with the solver's capacities: at most one unpinned
     * shift a day per agent), which the solver starts its shift mix from.
     *
     * @param deadline {@link System#nanoTime()} after which column generation stops adding columns
     *        (the bound stays safe: the dual repair checks every pattern)
     */
    public static Computed compute(Grid grid, Patterns patterns, long deadline) {
        return compute(grid, patterns, deadline, () -> false);
    }

    /** The same, ending column generation early when {@code stopped} says so. */
    public static Computed compute(
            Grid grid, Patterns patterns, long deadline, java.util.function.BooleanSupplier stopped) {
        Residual residual = new Residual(grid);
        int[][] coverable = coverable(grid, patterns, residual.required);
        long gcd = paidGcd(grid);
        BoundResult best = new BoundResult(residual.pinnedPaid + roundUp(shareBound(grid, coverable), gcd), "share", 0);
        Capacity mixCapacity = new Capacity(grid, 1);
        CoveringLp.Solution mixLp = CoveringLp.solve(grid, patterns, coverable, mixCapacity, deadline, stopped);
        if (!patterns.complete() || totalRequired(coverable) == 0) {
            return new Computed(best, mixLp);
        }
        Capacity capacity = new Capacity(grid, Integer.MAX_VALUE);
        CoveringLp.Solution lp = java.util.Arrays.deepEquals(capacity.perDay, mixCapacity.perDay)
                ? mixLp
                : CoveringLp.solve(grid, patterns, coverable, capacity, deadline, stopped);
        String method = "lp";
        if (lp == null || lp.shortfall() > 1e-6) {
            // the roster cannot cover: no covering schedule exists, so say what covering would cost at all
            lp = CoveringLp.solve(grid, patterns, coverable, null, deadline, stopped);
            capacity = null;
            method = "lp-uncapacitated";
        }
        if (lp != null) {
            BigDecimal safe = safeDualValue(grid, patterns, coverable, capacity, lp);
            long rounded = residual.pinnedPaid + roundUp(ceil(safe), gcd);
            if (rounded > best.paidMinutes()) {
                best = new BoundResult(rounded, method, lp.objective() + residual.pinnedPaid);
            }
        }
        return new Computed(best, mixLp);
    }

    /** A bound and the relaxation the solver may start from (null when GLOP failed). */
    public record Computed(BoundResult result, CoveringLp.Solution lp) {}

    /**
     * The requirement without the intervals no allowed pattern can be on duty in: those can never be
     * covered, so no covering schedule exists and any bound holds; leaving them out keeps the bound
     * telling for the rest.
     */
    private static int[][] coverable(Grid grid, Patterns patterns, int[][] required) {
        int[][] result = new int[required.length][];
        for (int d = 0; d < required.length; d++) {
            boolean[] reachable = new boolean[required[d].length];
            for (GridType type : grid.types) {
                if (grid.contracts.stream().noneMatch(c -> c.allows()[type.index()])) {
                    continue;
                }
                for (Pattern p : patterns.of(d, type.index())) {
                    for (int s = p.start(); s < p.end(); s++) {
                        reachable[s] |= p.onDuty(s);
                    }
                }
            }
            result[d] = required[d].clone();
            for (int s = 0; s < reachable.length; s++) {
                if (!reachable[s]) {
                    result[d][s] = 0;
                }
            }
        }
        return result;
    }

    private static long totalRequired(int[][] required) {
        long total = 0;
        for (int[] day : required) {
            for (int r : day) {
                total += r;
            }
        }
        return total;
    }

    /** Requirement × the cheapest paid minutes per on-duty interval, rounded up. */
    private static long shareBound(Grid grid, int[][] residual) {
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
            gcd = java.math.BigInteger.valueOf(gcd)
                    .gcd(java.math.BigInteger.valueOf(type.paidMinutes()))
                    .longValue();
        }
        return Math.max(1, gcd);
    }

    private static long roundUp(long value, long multiple) {
        return Math.floorDiv(value + multiple - 1, multiple) * multiple;
    }

    private static long ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static BigDecimal exact(double value) {
        return value > 0 && Double.isFinite(value) ? new BigDecimal(value) : BigDecimal.ZERO;
    }

    /**
     * Repairs the relaxation's duals into a dual-feasible point of the covering LP (without the
     * artificial columns) and returns its objective, exactly.
     */
    private static BigDecimal safeDualValue(
            Grid grid, Patterns patterns, int[][] required, Capacity capacity, CoveringLp.Solution lp) {
        int days = grid.dayCount();
        boolean capacitated = capacity != null;
        BigDecimal[][] u = new BigDecimal[days][];
        for (int d = 0; d < days; d++) {
            u[d] = new BigDecimal[required[d].length];
            for (int s = 0; s < u[d].length; s++) {
                u[d][s] = exact(lp.cover()[d][s]);
            }
        }
        // v[d][t]: the price of one more shift of type t on day d, at most what the cheapest contract asks
        BigDecimal[][] v = new BigDecimal[days][grid.types.size()];
        BigDecimal constant = BigDecimal.ZERO;
        if (capacitated) {
            for (GridContract c : grid.contracts) {
                for (int d = 0; d < days; d++) {
                    constant = constant.subtract(exact(lp.dayCap()[c.index()][d])
                            .multiply(BigDecimal.valueOf(capacity.perDay[c.index()][d])));
                }
                for (int w = 0; w < grid.weeks; w++) {
                    constant = constant.subtract(exact(lp.weekShifts()[c.index()][w])
                            .multiply(BigDecimal.valueOf(capacity.shiftsPerWeek[c.index()][w])));
                    constant = constant.subtract(exact(lp.weekPaid()[c.index()][w])
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
                        BigDecimal price = exact(lp.dayCap()[c.index()][d])
                                .add(exact(lp.weekShifts()[c.index()][w]))
                                .add(exact(lp.weekPaid()[c.index()][w])
                                        .multiply(BigDecimal.valueOf(type.paidMinutes())));
                        cheapest = cheapest == null || price.compareTo(cheapest) < 0 ? price : cheapest;
                    }
                    // no contract allows the type: its shifts are impossible, any price will do (null: skip)
                    v[d][type.index()] = cheapest == null
                            ? null
                            : exact(lp.link()[d][type.index()]).min(cheapest);
                }
            }
        }
        // theta: the largest ratio by which any pattern column is violated, rounded up
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
                value = value.add(scaled.multiply(BigDecimal.valueOf(required[d][s]), EXACT));
            }
        }
        return value;
    }
}
