package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.util.List;

/** Per interval of one day: agents required, on duty, and on a break. */
public record DayCoverage(LocalDate date, List<Integer> required, List<Integer> onDuty, List<Integer> onBreak) {

    public DayCoverage {
        required = Lists.copy(required);
        onDuty = Lists.copy(onDuty);
        onBreak = Lists.copy(onBreak);
    }
}
