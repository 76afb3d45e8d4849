package dev.kantor.scheduling.jobs;

import java.util.UUID;

import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.solver.StopSignal;

/**
 * A job this node is solving: its stop signal, and the best schedule the solver reported, which the
 * node's tick writes to the database when the throttle lets it.
 */
final class RunningJob {

    final UUID id;
    final StopSignal stop = new StopSignal();
    private volatile Problem problem;
    private volatile Schedule best;
    private volatile boolean unwritten;
    /** The node shuts down: the job goes back to the queue rather than ending. */
    volatile boolean leaving;
    /** Nanos of the last progress written and of the last sign of life; the tick's own. */
    long lastWritten = Long.MIN_VALUE / 2;

    long lastAlive = System.nanoTime();

    RunningJob(UUID id) {
        this.id = id;
    }

    void solving(Problem read) {
        this.problem = read;
    }

    /** The solver found a better schedule (on the solver's thread: quick). */
    void improved(Schedule schedule) {
        best = schedule;
        unwritten = true;
    }

    Problem problem() {
        return problem;
    }

    Schedule best() {
        return best;
    }

    /** The best schedule not written yet, taken for writing; null when there is none. */
    Schedule takeUnwritten() {
        if (!unwritten || problem == null) {
            return null;
        }
        unwritten = false;
        return best;
    }
}
