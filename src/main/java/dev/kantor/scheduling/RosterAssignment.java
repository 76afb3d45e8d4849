package dev.kantor.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts someone on a work queue's roster, or changes how they are on it: the contract they work the
 * queue under and the dates they cannot work.
 */
public record RosterAssignment(long queueId, long employeeId, long contractId, List<LocalDate> unavailableDates) {

    public RosterAssignment {
        unavailableDates =
                unavailableDates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unavailableDates));
    }
}
