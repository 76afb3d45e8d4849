package dev.kantor.floor.breaks;

import java.time.Duration;
import java.time.Instant;

/**
 * A planned break of a published shift and the window its start may move in: the shift type's
 * earliest and latest start, from the shift's start.
 *
 * @param earliestStart the first moment the break may start
 * @param latestStart   the last moment the break may start
 */
public record BreakWindow(
        long employeeId,
        long queueId,
        long shiftId,
        int position,
        String name,
        Instant plannedStart,
        Instant plannedEnd,
        Instant earliestStart,
        Instant latestStart) {

    public BreakWindow {
        if (latestStart.isBefore(earliestStart)) {
            throw new IllegalArgumentException("a break window ends at or after it starts");
        }
    }

    /** How long the break is, as planned. */
    public Duration length() {
        return Duration.between(plannedStart, plannedEnd);
    }

    /** Whether the break may start at {@code at}. */
    public boolean allows(Instant at) {
        return !at.isBefore(earliestStart) && !at.isAfter(latestStart);
    }
}
