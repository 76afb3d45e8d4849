package dev.kantor.scheduling.schedules;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What an accepted edit did to the schedule's coverage: the intervals whose agents on duty changed,
 * and the short intervals and paid minutes before and after. Serializable: the page shows it after a
 * redirect, as a flash attribute kept in the session, which lives in the database.
 */
public record EditEffect(List<IntervalChange> changes, int shortBefore, int shortAfter, long paidBefore, long paidAfter)
        implements Serializable {

    public EditEffect {
        changes = List.copyOf(changes);
    }

    /** An interval whose agents on duty changed. */
    public record IntervalChange(
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            int required,
            int onDutyBefore,
            int onDutyAfter)
            implements Serializable {

        public boolean shortAfter() {
            return onDutyAfter < required;
        }

        public int difference() {
            return onDutyAfter - onDutyBefore;
        }
    }
}
