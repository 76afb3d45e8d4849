/**
 * The scheduling solver: {@link dev.kantor.scheduling.solver.ScheduleSolver} turns a validated
 * problem into a schedule within its time limit, reporting each better schedule on the way
 * ({@link dev.kantor.scheduling.solver.ProgressListener}), stoppable from another thread
 * ({@link dev.kantor.scheduling.solver.StopSignal}), keeping pinned shifts, and reproducible in
 * deterministic mode ({@link dev.kantor.scheduling.solver.SolverSettings#reproducible}).
 *
 * <p>Design (details and the measurements that chose it in {@code ScheduleSolver}): the covering
 * LP by column generation gives the proven lower bound and the candidate patterns; CP-SAT chooses
 * the daily shift mix among them; CP-SAT then gives the shifts to agents with contracts, rest and
 * availability kept and hours spread fairly; a repair round re-solves what found nobody.
 */
package dev.kantor.scheduling.solver;
