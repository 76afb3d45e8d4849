package dev.kantor.scheduling.bound;

/**
 * A proven lower bound and how it was proven.
 *
 * @param paidMinutes no schedule that covers the requirement (and keeps the pinned shifts) costs less
 * @param method which argument gave it: {@code share} (requirement ÷ best on-duty share), {@code lp}
 *        (the linear relaxation with the roster's capacities), {@code lp-uncapacitated} (the same
 *        without them, when the roster cannot cover at all)
 * @param lpValue the relaxation's own value, unrounded (0 when not solved)
 */
public record BoundResult(long paidMinutes, String method, double lpValue) {
}
