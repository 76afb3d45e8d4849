package dev.kantor.floor.absence;

import java.time.Instant;

import dev.kantor.floor.AbsenceReason;

/**
 * Someone marked absent from {@code from} until {@code until} (excluded).
 *
 * @param undoneAt when it was undone, or null while it stands
 * @param version  counts its changes, for the stale check of an undo
 */
public record Absence(
        long id,
        long employeeId,
        Instant from,
        Instant until,
        AbsenceReason reason,
        String note,
        String markedBy,
        Instant markedAt,
        Instant undoneAt,
        int version) {

    public boolean undone() {
        return undoneAt != null;
    }

    /** Whether it stands at {@code at}. */
    public boolean at(Instant at) {
        return !undone() && !at.isBefore(from) && at.isBefore(until);
    }
}
