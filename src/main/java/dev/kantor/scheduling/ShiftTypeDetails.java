package dev.kantor.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A kind of shift as a manager defines it: its name (its id in a scheduling problem), the minutes
 * from start to end (breaks included) and those paid, where it may start (every
 * {@code startGranularityMinutes} from opening), its breaks in the order they are taken, the least
 * work between two breaks and the longest stretch without one. Numbers may be missing, to be
 * refused naming the field.
 */
public record ShiftTypeDetails(
        String name,
        Integer spanMinutes,
        Integer paidMinutes,
        Integer startGranularityMinutes,
        List<BreakDetails> breaks,
        Integer minWorkBetweenBreaksMinutes,
        Integer maxContinuousWorkMinutes) {

    public ShiftTypeDetails {
        // null entries are kept, to be refused by the rules rather than by a constructor
        breaks = breaks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(breaks));
    }
}
