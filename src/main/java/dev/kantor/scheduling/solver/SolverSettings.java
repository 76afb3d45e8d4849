package dev.kantor.scheduling.solver;

/**
 * How the solver runs.
 *
 * @param defaultTimeLimitSeconds used when the problem sets none
 * @param workers CP-SAT search workers per solve (threads)
 * @param seed CP-SAT's random seed: the same seed, problem and workers give the same schedule when
 *        the search ends by proving optimality rather than by the clock
 */
public record SolverSettings(int defaultTimeLimitSeconds, int workers, int seed) {

    public SolverSettings {
        if (defaultTimeLimitSeconds < 1 || workers < 1) {
            throw new IllegalArgumentException("time limit and workers must be positive");
        }
    }

    /** 60 seconds, as many workers as there are cores (at most 8), seed 1. */
    public static SolverSettings defaults() {
        return new SolverSettings(60, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 1);
    }

    public SolverSettings withWorkers(int count) {
        return new SolverSettings(defaultTimeLimitSeconds, count, seed);
    }

    public SolverSettings withSeed(int newSeed) {
        return new SolverSettings(defaultTimeLimitSeconds, workers, newSeed);
    }
}
