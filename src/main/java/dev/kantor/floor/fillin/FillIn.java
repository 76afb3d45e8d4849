package dev.kantor.floor.fillin;

import java.time.Instant;

/**
 * A manager on a queue for time no shift gives.
 *
 * @param endedAt when they stopped early; null while it runs as planned
 * @param version the version to send when ending it
 */
public record FillIn(
        long id,
        long queueId,
        long employeeId,
        Long alertId,
        Instant startsAt,
        Instant endsAt,
        Instant endedAt,
        Instant createdAt,
        int version) {

    /** When it ends: early if ended early. */
    public Instant until() {
        return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
    }

    public boolean runsAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(until());
    }

    public long minutes() {
        return Math.max(0, java.time.Duration.between(startsAt, until()).toMinutes());
    }
}
