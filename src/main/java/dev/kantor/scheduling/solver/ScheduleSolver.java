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
 * <p>The solve works in three steps, each a CP-SAT model:
 * <ol>
 * <li>the <b>lower bound</b> ({@link LowerBound}), so the answer says how far it can be from the best;</li>
 * <li>the <b>shift mix</b> ({@link ShiftMix}): how many shifts of each type, start and break placement
 * each day, covering every interval at the least paid minutes within what each contract's agents can
 * work per day and week. Each better mix found on the way is given out by the quick
 * {@link GreedyAssignment} and reported, so that a page shows progress within a second or two;</li>
 * <li>the <b>assignment</b> ({@link ShiftAssignment}): who works which of those shifts, with contracts,
 * availability, weekly limits and rest kept, and hours spread fairly within each contract.</li>
 * </ol>
 * When some shifts of the mix find nobody (the contracts' sums hid a clash of rest or availability),
 * a <b>repair</b> round fixes what was given out and solves the mix and the assignment again for the
 * intervals left, with what each agent can still work. What still cannot be covered is reported
 * interval by interval, never hidden. Pinned shifts are fixed from the start: their duty is taken
 * from the requirement and their agents' days and weeks are counted as used.
 *
 * <p>Why this design, and not one local search over everything: the covering part is a
 * set-covering integer programme whose LP relaxation is tight, which CP-SAT (with its LP
 * relaxation and presolve) solves to within a fraction of a percent of the proven bound where a
 * local search over agents × days × patterns wanders; the measurements are in
 * {@code docs/benchmarks.md}.
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
        long started = System.nanoTime();
        int limit = problem.timeLimitSeconds() != null ? problem.timeLimitSeconds()
                : settings.defaultTimeLimitSeconds();
        long deadline = started + limit * 1_000_000_000L;
        Trace trace = new Trace();
        OrTools.load();
        Grid grid = new Grid(problem);
        Patterns patterns = new Patterns(grid);
        LowerBound.Computed computed = LowerBound.compute(grid, patterns, started + (deadline - started) / 4);
        BoundResult bound = computed.result();
        trace.log("bound %d (%s, LP %.1f), LP columns %d, LP shortfall %.2f", bound.paidMinutes(), bound.method(),
                bound.lpValue(), computed.lp() == null ? 0 : computed.lp().columns().size(),
                computed.lp() == null ? -1 : computed.lp().shortfall());
        Best best = new Best(grid, bound.paidMinutes(), listener);
        best.offer(List.of());
        if (computed.lp() == null) {
            return best.finish(stop);
        }

        Roster roster = new Roster(grid, grid.pinned);
        Residual residual = new Residual(grid);
        ShiftMix mix = new ShiftMix(grid, computed.lp().columns(), computed.lp().values(), residual.required,
                roster.capacity);
        long[] lastReport = {0};
        ShiftMix.Result mixed = mix.solve(secondsLeft(deadline) * 0.6, settings, stop, shifts -> {
            long now = System.nanoTime();
            if (now - lastReport[0] > 500_000_000L) {
                lastReport[0] = now;
                best.offer(GreedyAssignment.assign(roster, shifts).placed());
            }
        });
        trace.log("mix: %d shifts, %d paid minutes, optimal %s", mixed.shifts().size(), paidOf(grid, mixed.shifts()),
                mixed.optimal());
        if (mixed.shifts().isEmpty()) {
            return best.finish(stop);
        }
        GreedyAssignment.Outcome outcome = assign(roster, mixed.shifts(), deadline, 0.6, stop);
        trace.log("assignment: %d placed, %d left to nobody", outcome.placed().size(), outcome.unplaced().size());
        for (Pattern p : outcome.unplaced()) {
            long eligible = grid.agents.stream().filter(a -> roster.eligible(a.index(), p)).count();
            trace.log("  left: day %d type %s %s-%s, %d eligible", p.day(), grid.types.get(p.type()).id(),
                    grid.time(p.day(), p.start()), grid.time(p.day(), p.end()), eligible);
        }
        List<Placement> placed = new ArrayList<>(outcome.placed());
        best.offer(placed);
        for (int round = 0; round < REPAIR_ROUNDS && !outcome.unplaced().isEmpty() && !stop.isStopped()
                && secondsLeft(deadline) > 0.5; round++) {
            List<Pinned> fixed = new ArrayList<>(grid.pinned);
            for (Placement p : placed) {
                Pattern pattern = p.pattern();
                fixed.add(new Pinned(p.agent(), pattern.day(), pattern.type(), pattern.start(), pattern.breakStarts(),
                        null));
            }
            Roster rest = new Roster(grid, fixed);
            Residual left = new Residual(grid, fixed);
            CoveringLp.Solution lp = CoveringLp.solve(grid, patterns, left.required, rest.capacity,
                    System.nanoTime() + (long) (secondsLeft(deadline) * 0.2e9));
            if (lp == null) {
                break;
            }
            ShiftMix.Result more = new ShiftMix(grid, lp.columns(), lp.values(), left.required, rest.capacity)
                    .solve(secondsLeft(deadline) * 0.4, settings, stop, shifts -> {
                    });
            if (more.shifts().isEmpty()) {
                break;
            }
            trace.log("repair mix: %d shifts", more.shifts().size());
            outcome = assign(rest, more.shifts(), deadline, 0.6, stop);
            trace.log("repair assignment: %d placed, %d left to nobody", outcome.placed().size(),
                    outcome.unplaced().size());
            placed.addAll(outcome.placed());
            best.offer(placed);
        }
        return best.finish(stop);
    }

    private static long paidOf(Grid grid, List<Pattern> shifts) {
        return shifts.stream().mapToLong(p -> grid.types.get(p.type()).paidMinutes()).sum();
    }

    private GreedyAssignment.Outcome assign(Roster roster, List<Pattern> shifts, long deadline, double share,
            StopSignal stop) {
        GreedyAssignment.Outcome greedy = GreedyAssignment.assign(roster, shifts);
        new Trace().log("greedy assignment: %d left to nobody", greedy.unplaced().size());
        if (stop.isStopped() || secondsLeft(deadline) < 0.2) {
            return greedy;
        }
        return ShiftAssignment.assign(roster, shifts, greedy, secondsLeft(deadline) * share, settings, stop);
    }

    private static double secondsLeft(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1e9);
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

        synchronized void offer(List<Placement> placed) {
            Schedule candidate = ScheduleWriter.write(grid, placed, ScheduleStatus.SOLVING, bound);
            long over = 0;
            for (var day : candidate.coverage()) {
                for (int s = 0; s < day.required().size(); s++) {
                    over += Math.max(0, day.onDuty().get(s) - day.required().get(s));
                }
            }
            long[] candidateScore = {candidate.shortAgentIntervals(), candidate.paidMinutes(), over};
            if (score == null || java.util.Arrays.compare(candidateScore, score) < 0) {
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
