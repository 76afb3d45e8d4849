/**
 * The alternative design the scheduling solver was measured against: one Timefold model over
 * everything (an agent's day takes a pattern or none), solved by Timefold's construction heuristic
 * and local search. It lives with the benchmark only; see {@code docs/benchmarks.md}.
 */
package dev.kantor.bench.timefold;
