package dev.kantor.staffing;

import java.time.LocalDate;

/**
 * A manager changed the forecast of one of a queue's weeks, so that week's
 * {@link StaffingRequirements requirement} may differ from what was read before: a schedule made
 * against it may no longer fit. Published only when an adjustment really changed.
 *
 * @param queueId the queue whose forecast changed
 * @param monday  the Monday of the week changed
 */
public record ForecastAdjusted(long queueId, LocalDate monday) {}
