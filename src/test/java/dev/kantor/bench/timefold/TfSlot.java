package dev.kantor.bench.timefold;

/** One interval of one day and the agents it needs on duty. */
public record TfSlot(int day, int slot, int required) {}
