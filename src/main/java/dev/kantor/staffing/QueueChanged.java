package dev.kantor.staffing;

/**
 * A queue's opening hours or service standard changed (handling time, service target, occupancy
 * cap, shrinkage, customers' patience or the abandonment cap): what its
 * {@link StaffingRequirements requirement} is computed from. Every week's requirement may differ
 * from what was read before, so a schedule made against it may no longer fit. A change of name or
 * channel alone is not published.
 *
 * @param queueId the queue
 * @param version the queue's version after the change, so that a listener can tell a late delivery
 *                from a newer change
 */
public record QueueChanged(long queueId, int version) {}
