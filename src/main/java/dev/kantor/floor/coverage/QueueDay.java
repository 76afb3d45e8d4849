package dev.kantor.floor.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A queue's business day as it goes: every open interval with its counts, and everyone on it.
 *
 * @param intervals the open intervals from opening to closing; empty on a day the queue is closed or
 *                  has no forecast
 * @param people    everyone with a published shift on the queue that day or extra time on it, by
 *                  employee id
 */
public record QueueDay(long queueId, LocalDate date, List<IntervalCoverage> intervals, List<PersonDay> people) {

    public QueueDay {
        intervals = List.copyOf(intervals);
        people = List.copyOf(people);
    }

    /** The interval under way at {@code at}, if the queue is open then. */
    public Optional<IntervalCoverage> intervalAt(Instant at) {
        return intervals.stream().filter(i -> i.span().contains(at)).findFirst();
    }

    /** The intervals from the one under way at {@code at} (or the next to start) to closing. */
    public List<IntervalCoverage> from(Instant at) {
        return intervals.stream().filter(i -> i.span().end().isAfter(at)).toList();
    }

    public Optional<PersonDay> person(long employeeId) {
        return people.stream().filter(p -> p.employeeId() == employeeId).findFirst();
    }
}
