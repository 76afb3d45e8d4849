package dev.kantor.scheduling.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A shift as published, with its breaks, on a queue's schedule.
 *
 * @param ordinal its place among the person's shifts of the day on that schedule, from 0
 */
public record PublishedShift(
        long scheduleId,
        long queueId,
        int publishedVersion,
        long employeeId,
        LocalDate day,
        int ordinal,
        String shiftType,
        LocalTime start,
        LocalTime end,
        Instant startsAt,
        Instant endsAt,
        List<PublishedBreak> breaks) {

    public PublishedShift {
        breaks = List.copyOf(breaks);
    }

    /** A break as published. */
    public record PublishedBreak(int position, String name, Instant startsAt, Instant endsAt) {}

    /** An identifier that stays the same while the shift stays the person's n-th of the day on the schedule. */
    public String uid() {
        return "kantor-shift-" + scheduleId + "-" + employeeId + "-" + day + "-" + ordinal;
    }
}
