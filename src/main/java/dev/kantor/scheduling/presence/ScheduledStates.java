package dev.kantor.scheduling.presence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.kantor.routing.ScheduledState;

/**
 * Works out where someone's published shifts put them at a moment: on a break (until it ends), on
 * shift (since it started or since the break before ended), or off shift (since the last shift ended,
 * or since the week began, until the next shift or the week's end).
 */
final class ScheduledStates {

    private ScheduledStates() {}

    /** A stretch of time, from start up to end. */
    record Span(Instant start, Instant end) {

        boolean holds(Instant at) {
            return !start.isAfter(at) && end.isAfter(at);
        }
    }

    /**
     * Someone's published week: its bounds (the widest of their schedules'), their shifts by id and the
     * breaks of the shift under way.
     */
    static final class Week {
        private Instant start;
        private Instant end;
        private final Map<Long, Span> shifts;
        private final List<Span> breaks;

        Week(Instant start, Instant end, Map<Long, Span> shifts, List<Span> breaks) {
            this.start = start;
            this.end = end;
            this.shifts = shifts;
            this.breaks = breaks;
        }

        void widen(Instant otherStart, Instant otherEnd) {
            start = otherStart.isBefore(start) ? otherStart : start;
            end = otherEnd.isAfter(end) ? otherEnd : end;
        }

        Map<Long, Span> shifts() {
            return shifts;
        }

        List<Span> breaks() {
            return breaks;
        }
    }

    static ScheduledState at(Week week, Instant now) {
        return at(week.start, week.end, week.shifts.values(), week.breaks, now);
    }

    static ScheduledState at(
            Instant weekStart, Instant weekEnd, Collection<Span> shifts, List<Span> breaks, Instant now) {
        Span current = null;
        Instant lastEnd = weekStart;
        Instant nextStart = weekEnd;
        for (Span shift : shifts) {
            if (shift.holds(now)) {
                current = current == null || shift.start().isBefore(current.start()) ? shift : current;
            } else if (!shift.end().isAfter(now) && shift.end().isAfter(lastEnd)) {
                lastEnd = shift.end();
            } else if (shift.start().isAfter(now) && shift.start().isBefore(nextStart)) {
                nextStart = shift.start();
            }
        }
        if (current == null) {
            return new ScheduledState(ScheduledState.Kind.OFF_SHIFT, lastEnd, nextStart);
        }
        Instant since = current.start();
        Instant until = current.end();
        for (Span pause : breaks) {
            if (pause.holds(now)) {
                return new ScheduledState(ScheduledState.Kind.ON_BREAK, pause.start(), pause.end());
            }
            if (!pause.end().isAfter(now) && pause.end().isAfter(since)) {
                since = pause.end();
            } else if (pause.start().isAfter(now) && pause.start().isBefore(until)) {
                until = pause.start();
            }
        }
        return new ScheduledState(ScheduledState.Kind.ON_SHIFT, since, until);
    }
}
