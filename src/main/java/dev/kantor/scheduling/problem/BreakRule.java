package dev.kantor.scheduling.problem;

/**
 * A break of a shift type: how long it is and the window its start must fall in, as offsets from
 * the shift's start.
 */
public record BreakRule(String id, int durationMinutes, int earliestStartOffsetMinutes, int latestStartOffsetMinutes) {}
