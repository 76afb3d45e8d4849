package dev.kantor.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Repairs what is left of a queue's published day once people's time is taken away (marked absent):
 * every shift is kept, the time away is cut from the absent people's shifts, and breaks that have
 * not started yet move within their windows where that restores coverage.
 *
 * @param away each person's time off the queue that day
 */
public record RepairDay(long queueId, LocalDate date, List<TimeAway> away) {

    public RepairDay {
        away = away == null ? List.of() : List.copyOf(away);
    }

    /** Someone away from {@code from} until {@code until} (excluded). */
    public record TimeAway(long employeeId, Instant from, Instant until) {}
}
