package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.time.LocalTime;

/** An interval with fewer agents on duty than required. */
public record Shortfall(LocalDate date, LocalTime start, int required, int onDuty) {}
