package dev.kantor.scheduling.problem;

import java.util.List;

/** What an agent may work: which shift types, how often, how long, and the rest between shifts. */
public record Contract(
        String id,
        List<String> allowedShiftTypes,
        int maxShiftsPerDay,
        int maxShiftsPerWeek,
        int maxPaidMinutesPerWeek,
        int minRestBetweenShiftsMinutes) {

    public Contract {
        allowedShiftTypes = Lists.copy(allowedShiftTypes);
    }
}
