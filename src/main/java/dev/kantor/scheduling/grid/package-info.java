/**
 * The problem laid on its interval grid, as the solver and the lower bound read it: days as
 * intervals from opening, shift types in intervals, every placement of a shift type's breaks
 * ({@link dev.kantor.scheduling.grid.Pattern}), agents as indices. The checker does not use it.
 */
package dev.kantor.scheduling.grid;
