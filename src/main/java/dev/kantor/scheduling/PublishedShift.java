package dev.kantor.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shift as it was last published, for other modules: whom it puts on which queue, when, and the
 * breaks it plans.
 *
 * @param id       the published shift; it stays the same until the schedule is published again
 * @param workDate the business day the shift belongs to
 * @param breaks   its breaks in the order they are taken
 */
public record PublishedShift(
        long id,
        long scheduleId,
        long queueId,
        long employeeId,
        LocalDate workDate,
        String shiftType,
        Instant startsAt,
        Instant endsAt,
        List<PublishedBreak> breaks) {

    public PublishedShift {
        breaks = List.copyOf(breaks);
    }

    /** A planned break of a published shift. */
    public record PublishedBreak(int position, String name, Instant startsAt, Instant endsAt) {}
}
