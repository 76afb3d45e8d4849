/**
 * The scheduling problem and its answer as plain records, and their JSON form (version 1 of the
 * format described in {@code scheduling/README.md}). No rules live here: the solver, the lower
 * bound and the independent checker each read these records in their own way.
 *
 * <p>Beyond the README's fields a problem may carry {@code pinnedShifts[]}, shifts in the answer's
 * shape that a manager placed by hand: every solve keeps them exactly as they are.
 */
package dev.kantor.scheduling.problem;
