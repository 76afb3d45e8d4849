package dev.kantor.scheduling;

import java.time.LocalDate;
import java.util.List;

/** Someone on a work queue's roster, as other modules see it. */
public record RosterEntry(
        long memberId, long queueId, long employeeId, long contractId, List<LocalDate> unavailableDates) {

    public RosterEntry {
        unavailableDates = List.copyOf(unavailableDates);
    }
}
