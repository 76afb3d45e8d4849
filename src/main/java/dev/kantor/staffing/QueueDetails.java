package dev.kantor.staffing;

import java.util.List;

/**
 * A work queue as a manager describes it, before it is checked: the command to define a queue
 * ({@link WorkQueues#create}) or to change one. Percentages as people type them; durations in
 * seconds. A refusal names these fields, a weekday's hours as {@code hours.MONDAY} and so on.
 *
 * @param name                its name, unique regardless of case, at most 80 characters
 * @param channel             how contacts reach it
 * @param hours               opening hours per weekday on the quarter hour; a weekday left out is closed
 * @param ahtSeconds          average handling time of a contact
 * @param serviceLevelPercent share of contacts to answer within {@code targetSeconds}; null when only the ASA counts
 * @param targetSeconds       the service level's time
 * @param maxAsaSeconds       longest acceptable average speed of answer; null for none
 * @param maxOccupancyPercent highest acceptable occupancy; null for none
 * @param shrinkagePercent    share of paid time not available for contacts (breaks, training, absence)
 * @param patienceSeconds     customers' mean patience; null when they never give up
 * @param maxAbandonPercent   highest acceptable share of contacts giving up; null for none, only with patience
 */
public record QueueDetails(
        String name,
        QueueChannel channel,
        List<DayHours> hours,
        Double ahtSeconds,
        Double serviceLevelPercent,
        Double targetSeconds,
        Double maxAsaSeconds,
        Double maxOccupancyPercent,
        Double shrinkagePercent,
        Double patienceSeconds,
        Double maxAbandonPercent) {}
