package dev.kantor.floor.coverage;

import java.time.Instant;

/**
 * What changed in a published day as it goes, as the floor's features record it: each kind moves
 * someone's time on the queue away from what the schedule planned.
 */
public sealed interface DayChange {

    long employeeId();

    /**
     * A planned break taken (or agreed to be taken) at another time: the break at {@code position}
     * of published shift {@code shiftId} runs from {@code startsAt} to {@code endsAt} instead.
     */
    record BreakMoved(long employeeId, long shiftId, int position, Instant startsAt, Instant endsAt)
            implements DayChange {}

    /** Not on the queue from {@code from} until {@code until} (called in sick, marked absent, ...). */
    record Absent(long employeeId, Instant from, Instant until) implements DayChange {}

    /**
     * Time on the queue that no published shift gives: a manager filling in, or someone called in
     * whose shift was extended.
     */
    record ExtraTime(long employeeId, Instant from, Instant until, Kind kind) implements DayChange {

        public enum Kind {
            FILL_IN,
            CALL_IN
        }
    }
}
