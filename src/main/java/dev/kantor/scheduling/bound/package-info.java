/**
 * A proven lower bound on the paid minutes of any schedule that covers the requirement, so that a
 * manager sees how far a schedule can be from the best possible. See {@link
 * dev.kantor.scheduling.bound.LowerBound} for how it is made safe against floating point.
 */
package dev.kantor.scheduling.bound;
