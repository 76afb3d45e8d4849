package dev.kantor.arrangements.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.scheduling.PublishedShift;

/**
 * Whether approving a work arrangement keeps the front line covered. For each queue day the arrangement touches,
 * it counts the people the published shifts put on the queue in every interval, before and after taking away the
 * time the arrangement moves the person off the queue; an interval falls short because of the arrangement when
 * the person counted there before, no longer does, and the count after is below what the interval requires.
 * Someone counts in an interval only when they are on the queue for all of it (their shift less its breaks), as
 * the schedule's own coverage counts them.
 *
 * <p>Approval is allowed when nothing falls short; otherwise only with an override whose reason is given.
 */
public final class CoverageCheck {

    private CoverageCheck() {}

    /** A stretch of time {@code [start, end)}. */
    public record Span(Instant start, Instant end) {
        public Span {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a span ends after it starts");
            }
        }

        boolean covers(Span other) {
            return !start.isAfter(other.start) && !end.isBefore(other.end);
        }
    }

    /** An interval of a queue's day with the agents it requires on the floor. */
    public record Interval(Span span, int required) {}

    /** One queue's day as published: its intervals with the requirement, and the shifts on the queue that day. */
    public record QueueDay(long queueId, LocalDate date, List<Interval> intervals, List<PublishedShift> shifts) {
        public QueueDay {
            intervals = List.copyOf(intervals);
            shifts = List.copyOf(shifts);
        }
    }

    /** The time an arrangement takes one of the person's shifts off its queue (empty: none). */
    @FunctionalInterface
    public interface Away {
        List<Span> from(PublishedShift shift);
    }

    /** Time a shift would lose: the person would not be on the queue from {@code span}'s start to its end. */
    public record Lost(long shiftId, long queueId, LocalDate date, Span span) {}

    /** An interval that would fall short: required, counted now, counted after the arrangement. */
    public record ShortInterval(long queueId, LocalDate date, Span span, int required, int now, int after) {}

    public enum Verdict {
        /** Nothing falls short (or the person is on no published shift the arrangement touches). */
        ALLOWED,
        /** Something falls short and nobody overrode it: approval is refused. */
        REFUSED,
        /** Something falls short and the manager overrode the check with a reason. */
        OVERRIDDEN
    }

    /**
     * What the arrangement would do.
     *
     * @param lost  the time it takes off each published shift it touches, by start
     * @param shortIntervals the intervals that would fall short, by queue, day and time
     */
    public record Outcome(Verdict verdict, List<Lost> lost, List<ShortInterval> shortIntervals) {
        public Outcome {
            lost = List.copyOf(lost);
            shortIntervals = List.copyOf(shortIntervals);
        }

        public boolean allowsApproval() {
            return verdict != Verdict.REFUSED;
        }
    }

    /**
     * @param employeeId     the person asking for the arrangement
     * @param days           the queue days of the person's published shifts in the arrangement's time
     * @param away           what the arrangement takes off one of the person's shifts
     * @param overrideReason the manager's reason to approve although something falls short, or blank
     */
    public static Outcome check(long employeeId, List<QueueDay> days, Away away, String overrideReason) {
        List<Lost> lost = new ArrayList<>();
        List<ShortInterval> shortIntervals = new ArrayList<>();
        for (QueueDay day : days) {
            Map<Long, List<Span>> onQueue = new TreeMap<>();
            Map<Long, List<Span>> onQueueAfter = new TreeMap<>();
            for (PublishedShift shift : day.shifts()) {
                List<Span> working = working(shift);
                onQueue.computeIfAbsent(shift.employeeId(), id -> new ArrayList<>())
                        .addAll(working);
                List<Span> after = working;
                if (shift.employeeId() == employeeId) {
                    for (Span taken : away.from(shift)) {
                        lost.add(new Lost(shift.id(), shift.queueId(), shift.workDate(), taken));
                        after = minus(after, taken);
                    }
                }
                onQueueAfter
                        .computeIfAbsent(shift.employeeId(), id -> new ArrayList<>())
                        .addAll(after);
            }
            for (Interval interval : day.intervals()) {
                int now = count(onQueue, interval.span());
                int after = count(onQueueAfter, interval.span());
                if (after < now && after < interval.required()) {
                    shortIntervals.add(new ShortInterval(
                            day.queueId(), day.date(), interval.span(), interval.required(), now, after));
                }
            }
        }
        lost.sort(java.util.Comparator.comparing((Lost l) -> l.span().start()).thenComparing(Lost::shiftId));
        Verdict verdict = shortIntervals.isEmpty()
                ? Verdict.ALLOWED
                : overrideReason == null || overrideReason.isBlank() ? Verdict.REFUSED : Verdict.OVERRIDDEN;
        return new Outcome(verdict, lost, shortIntervals);
    }

    /** The shift less its breaks: when the person is on the queue. */
    static List<Span> working(PublishedShift shift) {
        List<Span> spans = List.of(new Span(shift.startsAt(), shift.endsAt()));
        for (PublishedShift.PublishedBreak pause : shift.breaks()) {
            if (pause.endsAt().isAfter(pause.startsAt())) {
                spans = minus(spans, new Span(pause.startsAt(), pause.endsAt()));
            }
        }
        return spans;
    }

    /** The spans less one span. */
    static List<Span> minus(List<Span> spans, Span taken) {
        List<Span> left = new ArrayList<>();
        for (Span s : spans) {
            if (!taken.end().isAfter(s.start()) || !taken.start().isBefore(s.end())) {
                left.add(s);
                continue;
            }
            if (taken.start().isAfter(s.start())) {
                left.add(new Span(s.start(), taken.start()));
            }
            if (taken.end().isBefore(s.end())) {
                left.add(new Span(taken.end(), s.end()));
            }
        }
        return left;
    }

    private static int count(Map<Long, List<Span>> people, Span interval) {
        int n = 0;
        for (List<Span> spans : people.values()) {
            if (spans.stream().anyMatch(s -> s.covers(interval))) {
                n++;
            }
        }
        return n;
    }
}
