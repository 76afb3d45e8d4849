package dev.kantor.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What repairing a day would change, shown before it is published: the breaks that move, the shifts
 * cut short by the time away, and each remaining interval's agents on duty before and after.
 *
 * @param version     the schedule's version the repair was worked out on
 * @param fingerprint names this repair exactly: publishing is refused when the repair worked out again
 *                    differs (the schedule changed, or a break started meanwhile)
 */
public record DayRepairPreview(
        long scheduleId,
        int version,
        String fingerprint,
        long queueId,
        LocalDate date,
        List<MovedBreak> moves,
        List<ShortenedShift> shortened,
        List<IntervalCount> intervals) {

    public DayRepairPreview {
        moves = List.copyOf(moves);
        shortened = List.copyOf(shortened);
        intervals = List.copyOf(intervals);
    }

    /** Whether publishing it would change anything. */
    public boolean changesAnything() {
        return !moves.isEmpty() || !shortened.isEmpty();
    }

    /** Agent-intervals short before the repair, with the time away counted. */
    public int shortBefore() {
        return intervals.stream()
                .mapToInt(i -> Math.max(0, i.required() - i.before()))
                .sum();
    }

    /** Agent-intervals short after the repair. */
    public int shortAfter() {
        return intervals.stream()
                .mapToInt(i -> Math.max(0, i.required() - i.after()))
                .sum();
    }

    /** A break that moves from {@code from} to {@code to}. */
    public record MovedBreak(long employeeId, String breakName, Instant from, Instant to, int minutes) {}

    /**
     * A shift cut by someone's time away.
     *
     * @param newStartsAt null when nothing of it is left
     * @param newEndsAt   null when nothing of it is left
     */
    public record ShortenedShift(
            long employeeId, Instant startsAt, Instant endsAt, Instant newStartsAt, Instant newEndsAt) {

        public boolean removed() {
            return newStartsAt == null;
        }
    }

    /** One remaining interval: agents required, and on duty before and after the repair. */
    public record IntervalCount(Instant start, int required, int before, int after) {}
}
