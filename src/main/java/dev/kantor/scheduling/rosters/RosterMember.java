package dev.kantor.scheduling.rosters;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.kantor.scheduling.RosterEntry;

/**
 * Someone on a queue's roster, with their name and their contract's, as the roster page shows them.
 *
 * @param unavailableDates the dates they cannot work, in order
 */
public record RosterMember(
        long id,
        long queueId,
        long employeeId,
        String name,
        long contractId,
        String contractName,
        List<LocalDate> unavailableDates,
        int version) {

    public RosterMember {
        unavailableDates = List.copyOf(unavailableDates);
    }

    public RosterEntry entry() {
        return new RosterEntry(id, queueId, employeeId, contractId, unavailableDates);
    }

    /** The unavailable dates as the form shows them: ISO dates separated by commas. */
    public String unavailableText() {
        return unavailableDates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
