package dev.kantor.scheduling.bound;

/**
 * A proven lower bound and how it was proven.
 *
 * @param paidMinutes no schedule that covers the requirement (and keeps the pinned shifts) costs less
 * @param method which argument gave it: {@code share} (requirement ÷ best on-duty share), {@code lp}
 *        (the linear relaxation with the roster's capacities), {@code lp-uncapacitated} (the same
 *        without them, when the roster cannot cover at all)
 * @param lpValue GLOP's own value of the relaxation plus the pinned shifts' cost, unproven (0 when
 *        not used)
 */
public record BoundResult(long paidMinutes, String method, double lpValue) {}
