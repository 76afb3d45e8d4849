package dev.kantor.staffing;

import java.time.DayOfWeek;

/**
 * A weekday's opening hours as typed, "08:00" to "17:00", on the quarter hour; "00:00" as closing
 * time means midnight; both blank means closed that day.
 */
public record DayHours(DayOfWeek day, String opens, String closes) {}
