package dev.kantor.floor.alerts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A short-staffed alert: one per queue and short stretch, open while the stretch lasts.
 *
 * @param cause       who was missing when it was last checked, as {@code employeeId:REASON} pairs
 *                    separated by commas
 * @param answeredAt  when a manager first answered it (acknowledged, filled in or called in help);
 *                    unanswered alerts are mailed after a while
 * @param closedAt    when the stretch was covered or over
 */
public record Alert(
        long id,
        long queueId,
        LocalDate workDate,
        Instant startsAt,
        Instant endsAt,
        int shortBy,
        String cause,
        Instant openedAt,
        Instant answeredAt,
        Long answeredBy,
        Instant mailedAt,
        Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
