package dev.kantor.bench.timefold;

import java.util.List;

import dev.kantor.scheduling.grid.Pattern;

/** A pattern with the slots it is on duty in, its cost and its times, for the constraints. */
public record TfPattern(Pattern pattern, List<TfSlot> duty, int paidMinutes, int startMinute, int endMinute) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
