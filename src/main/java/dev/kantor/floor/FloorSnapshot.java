package dev.kantor.floor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The live board at a moment.
 *
 * @param at     the moment it shows
 * @param date   the business day it is in
 * @param queues every work queue, by name
 */
public record FloorSnapshot(Instant at, LocalDate date, List<QueueBoard> queues) {

    public FloorSnapshot {
        queues = List.copyOf(queues);
    }

    /**
     * One queue at a moment.
     *
     * @param presentNow people expected on the queue now who have arrived and are available or busy
     * @param current    the interval under way, if the queue is open now
     * @param intervals  the interval under way and the rest of the day's, in order
     * @param people     everyone with a published shift on the queue today or extra time on it
     * @param preparing  no shift is published for today yet, but the week's schedule is being solved
     */
    public record QueueBoard(
            long queueId,
            String name,
            String channel,
            int presentNow,
            Interval current,
            List<Interval> intervals,
            List<Person> people,
            boolean preparing) {

        public QueueBoard {
            intervals = List.copyOf(intervals);
            people = List.copyOf(people);
        }

        /** Whether the interval under way or the next is short. */
        public boolean shortSoon() {
            return intervals.stream().limit(2).anyMatch(Interval::isShort);
        }

        /** How many people are in this state now. */
        public long count(State state) {
            return people.stream().filter(p -> p.state() == state).count();
        }
    }

    /**
     * A 15-minute interval: required (staffing), planned (the published shifts), expected (the day as
     * it goes) and, for the interval under way only, present.
     *
     * @param present people present now for the interval under way; -1 for the intervals to come
     */
    public record Interval(Instant start, Instant end, int required, int planned, int expected, int present) {

        /** Short when fewer are expected (or, now, present) than required. */
        public boolean isShort() {
            return expected < required || (present >= 0 && present < required);
        }
    }

    /**
     * Someone on a queue today and where they are.
     *
     * @param dueBack    when their break ends (on a break), else null
     * @param shiftStart the start of their shift under way, or their next one today; null when none
     * @param shiftEnd   its end
     * @param arrivedAt  when they arrived today; null when they have not
     */
    @Schema(name = "FloorPerson")
    public record Person(
            long employeeId,
            String name,
            State state,
            Instant dueBack,
            Instant shiftStart,
            Instant shiftEnd,
            Instant arrivedAt,
            boolean present) {}

    /** Where someone on a queue is now. */
    public enum State {
        /** Absent by one of the day's changes (called in sick, marked absent). */
        ABSENT,
        /** On the queue for time no shift gives them: filling in or called in. */
        FILLING_IN,
        /** On a break: planned, moved, or by their presence. */
        ON_BREAK,
        /** Their shift is under way and they have not arrived today. */
        LATE,
        /** On shift and arrived. */
        ON_DUTY,
        /** Not on the queue now: their shift is later today, or over. */
        OFF_SHIFT
    }
}
