package dev.kantor.staffing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One day of a queue's {@link WeekRequirement}: its opening hours and, for each 15-minute interval
 * from {@code open} to {@code close}, the agents it needs. Entry {@code i} of each list is the
 * interval starting at {@code open + 15·i} minutes; both lists have one entry per interval the
 * queue is open. A day the queue is closed has no opening hours and no intervals. Immutable.
 *
 * <p>The counts are lists rather than arrays so that the record stays a value: it cannot be
 * changed by whoever holds it, and two equal requirements are {@code equals}.
 *
 * @param date      the day
 * @param open      when the queue opens; null when it is closed all day
 * @param close     when it closes, after {@code open}; {@code 00:00} means midnight at the end of the
 *                  day; null when it is closed all day
 * @param scheduled agents to schedule per interval: the agents on the floor plus the shrinkage
 *                  (breaks, training, absence) the queue expects, ceil(onFloor / (1 − shrinkage))
 * @param onFloor   agents needed on the floor per interval, answering contacts: the fewest that meet
 *                  the queue's service target for the contacts forecast (Erlang C, or Erlang A when
 *                  customers give up); zero where no contacts are expected, as on a public holiday
 */
public record DayRequirement(
        LocalDate date, LocalTime open, LocalTime close, List<Integer> scheduled, List<Integer> onFloor) {

    /** Minutes in one interval. */
    public static final int INTERVAL_MINUTES = 15;

    public DayRequirement {
        if (date == null) {
            throw new IllegalArgumentException("a day requirement needs its date");
        }
        if ((open == null) != (close == null)) {
            throw new IllegalArgumentException("a day is open with both times or closed with neither");
        }
        scheduled = List.copyOf(scheduled);
        onFloor = List.copyOf(onFloor);
        int intervals = open == null ? 0 : intervalsBetween(open, close);
        if (scheduled.size() != intervals || onFloor.size() != intervals) {
            throw new IllegalArgumentException("one count per 15-minute interval from open to close: " + intervals);
        }
    }

    /** A day the queue does not open. */
    public static DayRequirement closed(LocalDate date) {
        return new DayRequirement(date, null, null, List.of(), List.of());
    }

    /** Whether the queue opens this day. */
    public boolean isOpen() {
        return open != null;
    }

    /** The number of 15-minute intervals the queue is open this day. */
    public int intervals() {
        return onFloor.size();
    }

    /** When interval {@code i} starts, for 0 ≤ i &lt; {@link #intervals()}. */
    public LocalTime intervalStart(int i) {
        if (i < 0 || i >= intervals()) {
            throw new IndexOutOfBoundsException(i);
        }
        return open.plusMinutes((long) INTERVAL_MINUTES * i);
    }

    private static int intervalsBetween(LocalTime open, LocalTime close) {
        int interval = INTERVAL_MINUTES * 60;
        int closes = close.equals(LocalTime.MIDNIGHT) ? 24 * 3600 : close.toSecondOfDay();
        int seconds = closes - open.toSecondOfDay();
        if (seconds <= 0 || seconds % interval != 0 || open.toSecondOfDay() % interval != 0) {
            throw new IllegalArgumentException("opening hours on the quarter hour, closing after opening");
        }
        return seconds / interval;
    }
}
