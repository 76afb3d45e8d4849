package dev.kantor.scheduling.solver;

/**
 * How the solver runs.
 *
 * @param defaultTimeLimitSeconds used when the problem sets none
 * @param workers CP-SAT search workers per solve (threads)
 * @param seed CP-SAT's random seed: the same seed, problem and workers give the same schedule when
 *        the search ends by proving optimality rather than by the clock
 * @param deterministic limit each search by CP-SAT's deterministic time (work done) rather than the
 *        clock, so that with one worker the same problem and seed give the same schedule on any
 *        machine however busy (the clock still ends a search that runs ten times over)
 */
public record SolverSettings(int defaultTimeLimitSeconds, int workers, int seed, boolean deterministic) {

    public SolverSettings {
        if (defaultTimeLimitSeconds < 1 || workers < 1) {
            throw new IllegalArgumentException("time limit and workers must be positive");
        }
    }

    /** 60 seconds, as many workers as there are cores (at most 8), seed 1. */
    public static SolverSettings defaults() {
        return new SolverSettings(
                60, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 1, false);
    }

    /** One worker, limits in deterministic time: the same schedule every run, for tests. */
    public static SolverSettings reproducible(int defaultTimeLimitSeconds, int seed) {
        return new SolverSettings(defaultTimeLimitSeconds, 1, seed, true);
    }

    public SolverSettings withWorkers(int count) {
        return new SolverSettings(defaultTimeLimitSeconds, count, seed, deterministic);
    }

    public SolverSettings withSeed(int newSeed) {
        return new SolverSettings(defaultTimeLimitSeconds, workers, newSeed, deterministic);
    }

    /** Sets a CP-SAT search's limits, workers and seed. */
    void applyTo(com.google.ortools.sat.SatParameters.Builder parameters, double seconds) {
        double limit = Math.max(0.1, seconds);
        parameters.setNumWorkers(workers).setRandomSeed(seed).setLogSearchProgress(false);
        if (deterministic) {
            parameters.setMaxDeterministicTime(limit).setMaxTimeInSeconds(limit * 10);
        } else {
            parameters.setMaxTimeInSeconds(limit);
        }
    }
}
