package dev.kantor.scheduling;

/**
 * A break every shift of a type has: its name, how long it is, and the window its start must fall
 * in, in minutes from the shift's start. Numbers may be missing, to be refused naming the field.
 */
public record BreakDetails(
        String name, Integer durationMinutes, Integer earliestStartOffsetMinutes, Integer latestStartOffsetMinutes) {}
