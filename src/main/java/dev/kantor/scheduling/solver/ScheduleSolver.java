package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.scheduling.bound.BoundResult;
import dev.kantor.scheduling.bound.CoveringLp;
import dev.kantor.scheduling.bound.LowerBound;
import dev.kantor.scheduling.check.ProblemValidator;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.Pinned;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.grid.Residual;
import dev.kantor.scheduling.ortools.OrTools;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;

/**
 * Solves a scheduling problem within its time limit. Stateless and safe to share: each solve
 * builds its own models, so several run at once on different threads.
 *
 * <p>A solve works in steps:
 * <ol>
 * <li>the <b>covering LP</b> ({@link CoveringLp}): the linear relaxation of the shift mix, by GLOP
 * with column generation over every pattern (shift type × start × break placement). Its duals give
 * the proven <b>lower bound</b> ({@link LowerBound}), so the answer says how far it can be from the
 * best;</li>
 * <li>a first whole-number mix by <b>rounding</b> the LP ({@link LpRounding}), given out at once by
 * the quick {@link GreedyAssignment} and reported, so a page shows a schedule within a second or
 * two;</li>
 * <li>the <b>shift mix</b> ({@link ShiftMix}), a CP-SAT model over the LP's columns: how many shifts
 * of each pattern each day, covering every interval at the least paid minutes within what each
 * contract's agents can work per day and week, until it is proven within half a percent;</li>
 * <li>the <b>assignment</b> ({@link ShiftAssignment}), a CP-SAT model per group of contracts: who works
 * which of those shifts, keeping contracts, availability, weekly limits and the rest between days,
 * with hours spread fairly within each contract;</li>
 * <li>a <b>repair</b> round when some shifts found nobody (the contracts' sums hid a clash of rest or
 * availability): what was given out is fixed and the LP, the mix and the assignment run again for
 * the intervals left, with what each agent can still work. What still cannot be covered is reported
 * interval by interval, never hidden.</li>
 * </ol>
 * Pinned shifts are fixed from the start: their duty is taken from the requirement, and their
 * agents' days and weeks are counted as used. A {@link StopSignal} ends the step under way at once.
 *
 * <p><b>Why this design.</b> The mix is a set-covering integer programme with a tight LP
 * relaxation. Measured on the benchmark's problems ({@code docs/benchmarks.md}): CP-SAT over every
 * pattern at once (2,900 pattern variables and 81,600 terms for one day) spent a 1-day, 10-agent
 * problem's whole time in presolve, and with that presolve step off found 2 solutions in 4.6 s,
 * still short; one Timefold model over everything (an agent's day takes a pattern or none) reached
 * 1.031 × the bound on that problem and 1.179 × on the 7-day, 60-agent one in 60 s. Column
 * generation plus CP-SAT over the LP's columns reaches 1.000 and 1.005 in 1 and 3 s, and 1.002 for
 * 300 agents in under a minute. Deciding who works which shift afterwards keeps each model small;
 * the repair round catches what the contracts' sums cannot see.
 */
public final class ScheduleSolver {

    private static final int REPAIR_ROUNDS = 3;

    private final SolverSettings settings;

    public ScheduleSolver(SolverSettings settings) {
        this.settings = settings;
    }

    /** Solves to the time limit, with no progress reports. */
    public Schedule solve(Problem problem) {
        return solve(problem, ProgressListener.none(), new StopSignal());
    }

    /**
     * Solves a problem, reporting each better schedule to {@code listener}, until the time limit,
     * a proven optimum, or {@code stop}.
     *
     * @throws InvalidProblemException when the validator refuses the problem
     */
    public Schedule solve(Problem problem, ProgressListener listener, StopSignal stop) {
        List<ProblemIssue> issues = ProblemValidator.validate(problem);
        if (!issues.isEmpty()) {
            throw new InvalidProblemException(issues);
        }
        int limit =
                problem.timeLimitSeconds() != null ? problem.timeLimitSeconds() : settings.defaultTimeLimitSeconds();
        Budget budget = new Budget(limit, settings.deterministic());
        Trace trace = new Trace();
        OrTools.load();
        Grid grid = new Grid(problem);
        Patterns patterns = new Patterns(grid);
        LowerBound.Computed computed =
                LowerBound.compute(grid, patterns, budget.columnGenerationDeadline(0.25), stop::isStopped);
        BoundResult bound = computed.result();
        trace.log(
                "bound %d (%s, LP %.1f), LP columns %d, LP shortfall %.2f",
                bound.paidMinutes(),
                bound.method(),
                bound.lpValue(),
                computed.lp() == null ? 0 : computed.lp().columns().size(),
                computed.lp() == null ? -1 : computed.lp().shortfall());
        Best best = new Best(grid, bound.paidMinutes(), listener);
        best.offer(List.of());
        if (computed.lp() == null) {
            return best.finish(stop);
        }

        Roster roster = new Roster(grid, grid.pinned);
        Residual residual = new Residual(grid);
        List<Pattern> rounded = LpRounding.round(
                grid,
                computed.lp().columns(),
                computed.lp().values(),
                computed.lp().nearlyPriced(),
                residual.required,
                roster.capacity);
        trace.log("LP rounded: %d shifts, %d paid minutes", rounded.size(), paidOf(grid, rounded));
        best.offer(GreedyAssignment.assign(roster, rounded).placed());
        ShiftMix mix = new ShiftMix(grid, candidates(computed.lp()), rounded, residual.required, roster.capacity);
        long[] lastReport = {0};
        ShiftMix.Result mixed = mix.solve(budget.take(0.6), settings, stop, shifts -> {
            long now = System.nanoTime();
            if (now - lastReport[0] > 500_000_000L) {
                lastReport[0] = now;
                best.offer(GreedyAssignment.assign(roster, shifts).placed());
            }
        });
        trace.log(
                "mix: %d shifts, %d paid minutes, proven within the gap: %s",
                mixed.shifts().size(), paidOf(grid, mixed.shifts()), mixed.optimal());
        if (mixed.shifts().isEmpty()) {
            return best.finish(stop);
        }
        GreedyAssignment.Outcome outcome = assign(roster, mixed.shifts(), budget, 0.6, stop, List.of(), best);
        trace.log(
                "assignment: %d placed, %d left to nobody",
                outcome.placed().size(), outcome.unplaced().size());
        for (Pattern p : outcome.unplaced()) {
            long eligible = grid.agents.stream()
                    .filter(a -> roster.eligible(a.index(), p))
                    .count();
            trace.log(
                    "  left: day %d type %s %s-%s, %d eligible",
                    p.day(),
                    grid.types.get(p.type()).id(),
                    grid.time(p.day(), p.start()),
                    grid.time(p.day(), p.end()),
                    eligible);
        }
        List<Placement> placed = new ArrayList<>(outcome.placed());
        best.settle(placed);
        for (int round = 0;
                round < REPAIR_ROUNDS && !outcome.unplaced().isEmpty() && !stop.isStopped() && budget.left() > 0.5;
                round++) {
            List<Pinned> fixed = new ArrayList<>(grid.pinned);
            for (Placement p : placed) {
                Pattern pattern = p.pattern();
                fixed.add(new Pinned(
                        p.agent(), pattern.day(), pattern.type(), pattern.start(), pattern.breakStarts(), null));
            }
            Roster rest = new Roster(grid, fixed);
            Residual left = new Residual(grid, fixed);
            CoveringLp.Solution lp = CoveringLp.solve(
                    grid,
                    patterns,
                    left.required,
                    rest.capacity,
                    budget.columnGenerationDeadline(0.2),
                    stop::isStopped);
            if (lp == null) {
                break;
            }
            List<Pattern> start =
                    LpRounding.round(grid, lp.columns(), lp.values(), lp.nearlyPriced(), left.required, rest.capacity);
            ShiftMix.Result more = new ShiftMix(grid, candidates(lp), start, left.required, rest.capacity)
                    .solve(budget.take(0.4), settings, stop, shifts -> {});
            if (more.shifts().isEmpty()) {
                break;
            }
            trace.log("repair mix: %d shifts", more.shifts().size());
            outcome = assign(rest, more.shifts(), budget, 0.6, stop, placed, best);
            trace.log(
                    "repair assignment: %d placed, %d left to nobody",
                    outcome.placed().size(), outcome.unplaced().size());
            placed.addAll(outcome.placed());
            best.settle(placed);
        }
        return best.finish(stop);
    }

    /** The patterns the mix may use: the LP's columns (the rounding's own are added by the mix). */
    private static List<Pattern> candidates(CoveringLp.Solution lp) {
        return lp.columns();
    }

    private static long paidOf(Grid grid, List<Pattern> shifts) {
        return shifts.stream()
                .mapToLong(p -> grid.types.get(p.type()).paidMinutes())
                .sum();
    }

    /**
     * The quick assignment, then CP-SAT's, one group of contracts at a time: contracts that share no
     * shift type share no shift, so each group is a model of its own, given time by its size.
     */
    private GreedyAssignment.Outcome assign(
            Roster roster,
            List<Pattern> shifts,
            Budget budget,
            double share,
            StopSignal stop,
            List<Placement> earlier,
            Best best) {
        Grid grid = roster.grid;
        GreedyAssignment.Outcome greedy = GreedyAssignment.assign(roster, shifts);
        best.offer(join(earlier, greedy.placed()));
        if (stop.isStopped() || budget.left() < 0.2) {
            return greedy;
        }
        int[] group = contractGroups(grid);
        List<Placement> placed = new ArrayList<>();
        List<Pattern> unplaced = new ArrayList<>();
        double seconds = budget.take(share);
        int groups = java.util.Arrays.stream(group).max().orElse(0) + 1;
        int[] typeGroup = new int[grid.types.size()];
        java.util.Arrays.fill(typeGroup, -1);
        for (var c : grid.contracts) {
            for (int t = 0; t < grid.types.size(); t++) {
                if (c.allows()[t]) {
                    typeGroup[t] = group[c.index()];
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            final int current = g;
            List<Pattern> mine =
                    shifts.stream().filter(p -> typeGroup[p.type()] == current).toList();
            if (mine.isEmpty()) {
                continue;
            }
            boolean[] inScope = new boolean[grid.agents.size()];
            for (var agent : grid.agents) {
                inScope[agent.index()] = group[agent.contract()] == current;
            }
            List<Placement> hinted = greedy.placed().stream()
                    .filter(p -> typeGroup[p.pattern().type()] == current)
                    .toList();
            List<Pattern> hintedLeft = greedy.unplaced().stream()
                    .filter(p -> typeGroup[p.type()] == current)
                    .toList();
            // a better assignment of this group is reported with the groups before it as solved and the
            // groups after it as the quick assignment gave them
            List<Placement> before = join(earlier, placed);
            List<Placement> after = greedy.placed().stream()
                    .filter(p -> typeGroup[p.pattern().type()] > current)
                    .toList();
            GreedyAssignment.Outcome outcome = ShiftAssignment.assign(
                    roster,
                    mine,
                    inScope,
                    new GreedyAssignment.Outcome(hinted, hintedLeft),
                    seconds * mine.size() / shifts.size(),
                    settings,
                    stop,
                    found -> best.offer(join(join(before, found), after)));
            placed.addAll(outcome.placed());
            unplaced.addAll(outcome.unplaced());
        }
        return new GreedyAssignment.Outcome(placed, unplaced);
    }

    private static List<Placement> join(List<Placement> first, List<Placement> second) {
        List<Placement> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Contracts joined when they allow a common shift type; each group numbered from 0. */
    private static int[] contractGroups(Grid grid) {
        int n = grid.contracts.size();
        int[] group = new int[n];
        java.util.Arrays.fill(group, -1);
        int next = 0;
        for (int start = 0; start < n; start++) {
            if (group[start] >= 0) {
                continue;
            }
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
            group[start] = next;
            while (!queue.isEmpty()) {
                int c = queue.poll();
                for (int other = 0; other < n; other++) {
                    if (group[other] >= 0) {
                        continue;
                    }
                    for (int t = 0; t < grid.types.size(); t++) {
                        if (grid.contracts.get(c).allows()[t]
                                && grid.contracts.get(other).allows()[t]) {
                            group[other] = next;
                            queue.add(other);
                            break;
                        }
                    }
                }
            }
            next++;
        }
        return group;
    }

    /**
     * Shares the time limit out among the steps: by the clock, each step gets a share of what is
     * left; in deterministic mode, a share of what earlier steps were given, whatever they took.
     */
    private static final class Budget {
        private final long deadline;
        private final boolean deterministic;
        private double unallotted;

        Budget(int seconds, boolean deterministic) {
            this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
            this.deterministic = deterministic;
            this.unallotted = seconds;
        }

        double left() {
            return deterministic ? unallotted : Math.max(0, (deadline - System.nanoTime()) / 1e9);
        }

        /** Seconds (CP-SAT's deterministic seconds in deterministic mode) for the next step. */
        double take(double share) {
            double seconds = left() * share;
            unallotted -= deterministic ? seconds : 0;
            return seconds;
        }

        long columnGenerationDeadline(double share) {
            return deterministic ? Long.MAX_VALUE : System.nanoTime() + (long) (left() * share * 1e9);
        }
    }

    /** The best schedule so far: fewest short agent-intervals, then fewest paid minutes, then least over-coverage. */
    private static final class Best {
        private final Grid grid;
        private final long bound;
        private final ProgressListener listener;
        private Schedule schedule;
        private long[] score;

        Best(Grid grid, long bound, ProgressListener listener) {
            this.grid = grid;
            this.bound = bound;
            this.listener = listener;
        }

        /** A schedule found on the way: kept when strictly better. */
        synchronized void offer(List<Placement> placed) {
            offer(placed, false);
        }

        /**
         * A schedule from a finished step: kept when at least as good, so that the answer is the
         * last step's (fairer hours for the same cost) and, in deterministic mode, does not depend
         * on which progress reports the clock let through.
         */
        synchronized void settle(List<Placement> placed) {
            offer(placed, true);
        }

        private void offer(List<Placement> placed, boolean evenIfEqual) {
            Schedule candidate = ScheduleWriter.write(grid, placed, ScheduleStatus.SOLVING, bound);
            long over = 0;
            for (var day : candidate.coverage()) {
                for (int s = 0; s < day.required().size(); s++) {
                    over += Math.max(0, day.onDuty().get(s) - day.required().get(s));
                }
            }
            long[] candidateScore = {candidate.shortAgentIntervals(), candidate.paidMinutes(), over};
            int compared = score == null ? -1 : java.util.Arrays.compare(candidateScore, score);
            if (compared < 0 || evenIfEqual && compared == 0) {
                schedule = candidate;
                score = candidateScore;
                listener.improved(candidate);
            }
        }

        synchronized Schedule finish(StopSignal stop) {
            return schedule.withStatus(stop.isStopped() ? ScheduleStatus.STOPPED : ScheduleStatus.SOLVED);
        }
    }
}
