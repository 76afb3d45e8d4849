package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What an accepted edit did to the schedule's coverage: the intervals whose agents on duty changed,
 * and the short intervals and paid minutes before and after.
 */
public record EditEffect(
        List<IntervalChange> changes, int shortBefore, int shortAfter, long paidBefore, long paidAfter) {

    public EditEffect {
        changes = List.copyOf(changes);
    }

    /** An interval whose agents on duty changed. */
    public record IntervalChange(LocalDate date, LocalTime start, int required, int onDutyBefore, int onDutyAfter) {

        public boolean shortAfter() {
            return onDutyAfter < required;
        }

        public int difference() {
            return onDutyAfter - onDutyBefore;
        }
    }
}
