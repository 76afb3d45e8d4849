package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One shift of an agent on a date, with its breaks in the order they are taken. */
public record Shift(
        String agent, LocalDate date, String shiftType, LocalTime start, LocalTime end, List<Break> breaks) {

    public Shift {
        breaks = Lists.copyOrEmpty(breaks);
    }
}
