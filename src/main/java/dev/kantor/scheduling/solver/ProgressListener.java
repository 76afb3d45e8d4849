package dev.kantor.scheduling.solver;

import dev.kantor.scheduling.problem.Schedule;

/**
 * Told of each better schedule while a solve runs (status {@code SOLVING}), on the solver's thread:
 * keep it quick. Better means fewer short agent-intervals, then fewer paid minutes.
 */
@FunctionalInterface
public interface ProgressListener {

    void improved(Schedule best);

    static ProgressListener none() {
        return best -> {};
    }
}
