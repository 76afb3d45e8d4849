package dev.kantor.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A contract as a manager or HR defines it: its name, the shift types it allows (by id), the most
 * shifts a day and a week, the most paid minutes a week, and the least rest from the end of one
 * shift to the start of the next. Numbers may be missing, to be refused naming the field.
 */
public record ContractDetails(
        String name,
        List<Long> allowedShiftTypeIds,
        Integer maxShiftsPerDay,
        Integer maxShiftsPerWeek,
        Integer maxPaidMinutesPerWeek,
        Integer minRestBetweenShiftsMinutes) {

    public ContractDetails {
        allowedShiftTypeIds =
                allowedShiftTypeIds == null ? null : Collections.unmodifiableList(new ArrayList<>(allowedShiftTypeIds));
    }
}
