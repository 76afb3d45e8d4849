package dev.kantor.floor.breaks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A planned break as the floor records it: where it was planned, where it was agreed, when it was taken
 * and when its agent came back. What adherence compares.
 *
 * @param startsAt where the coverage counts it from: the agreed start, or when it was taken
 * @param endsAt   where the coverage counts it to: the end agreed or expected, or when they came back
 */
public record TakenBreak(
        long id,
        long employeeId,
        long queueId,
        long shiftId,
        int position,
        String name,
        LocalDate workDate,
        Instant plannedStart,
        Instant plannedEnd,
        State state,
        Instant startsAt,
        Instant endsAt,
        Instant takenAt,
        Instant backAt,
        int version) {

    /** Where a break is in its day. */
    public enum State {
        /** A start agreed, not yet taken. */
        AGREED,
        /** The agent is on the break. */
        TAKEN,
        /** The agent is back. */
        ENDED
    }

    /** How long the break is, as planned. */
    public Duration plannedLength() {
        return Duration.between(plannedStart, plannedEnd);
    }
}
