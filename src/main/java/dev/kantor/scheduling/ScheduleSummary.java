package dev.kantor.scheduling;

import java.time.LocalDate;

/**
 * A queue's schedule for a week, as other modules see it.
 *
 * @param status           DRAFT, or PUBLISHED when its shifts are what was published last
 * @param publishedVersion how many times it was published; 0 before the first
 * @param solving          the solver is working on it
 * @param shortfallCount   intervals its shifts leave short
 */
public record ScheduleSummary(
        long id,
        long queueId,
        LocalDate monday,
        String status,
        int version,
        int publishedVersion,
        boolean solving,
        long paidMinutes,
        long lowerBoundPaidMinutes,
        int shortfallCount) {}
