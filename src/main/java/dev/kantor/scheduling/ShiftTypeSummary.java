package dev.kantor.scheduling;

/** A defined shift type, as other modules see it: its id, name, span and paid minutes. */
public record ShiftTypeSummary(long id, String name, int spanMinutes, int paidMinutes) {}
