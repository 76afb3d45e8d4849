package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One date of the horizon: its opening hours and the agents needed on duty (working, not on a
 * break) in each interval from {@code open} to {@code close}.
 */
public record Day(LocalDate date, LocalTime open, LocalTime close, List<Integer> required) {

    public Day {
        required = Lists.copy(required);
    }
}
