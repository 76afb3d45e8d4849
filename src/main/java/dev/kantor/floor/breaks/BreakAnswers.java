package dev.kantor.floor.breaks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.coverage.CoverageCount;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChange.BreakMoved;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.scheduling.PublishedShift;

/**
 * Answers "may I take my break now?" from the queue's day as it goes: yes when, with the agent away
 * for the break's length from now, every interval the break touches keeps {@code expected ≥ required};
 * otherwise the earliest start inside the break's window that does; otherwise the start that leaves
 * the queue least short. Pure: the day, the break and the moment come in, the answer goes out.
 */
public final class BreakAnswers {

    /** Starts tried after the first are on this grid, so that an offer reads as a time on a clock. */
    static final Duration STEP = Duration.ofMinutes(5);

    private BreakAnswers() {}

    /**
     * @param day    the queue's day, with every change recorded so far (this break's own earlier
     *               agreement included: it is replaced by each start tried)
     * @param window the break and its window
     * @param now    the moment of asking
     */
    public static BreakAnswer answer(QueueDay day, BreakWindow window, Instant now) {
        Recount recount = new Recount(day, window);
        List<Instant> starts = starts(window, now);
        Shortfall best = null;
        Shortfall first = null;
        for (Instant start : starts) {
            Shortfall shortfall = recount.at(start);
            if (first == null) {
                first = shortfall;
            }
            if (shortfall.covered()) {
                Verdict verdict = start.equals(now) ? Verdict.YES : Verdict.LATER;
                Shortfall why = verdict == Verdict.YES ? shortfall : first;
                return new BreakAnswer(verdict, window, start, start.plus(window.length()), why.from(), why.by());
            }
            if (best == null || shortfall.worseThan(best) < 0) {
                best = shortfall;
            }
        }
        return new BreakAnswer(
                Verdict.NONE, window, best.start(), best.start().plus(window.length()), best.from(), best.by());
    }

    /**
     * Whether the break starting at {@code start} keeps every interval it touches covered; for an
     * agreed start, checked again when it is recorded.
     */
    public static boolean keepsCoverage(QueueDay day, BreakWindow window, Instant start) {
        return new Recount(day, window).at(start).covered();
    }

    /**
     * The starts tried, in order: now (or the window's opening, if later), then every {@link #STEP}
     * on the clock up to the window's last start. Past the window only now is tried: the break is
     * overdue.
     */
    static List<Instant> starts(BreakWindow window, Instant now) {
        Instant from = now.isBefore(window.earliestStart()) ? window.earliestStart() : now;
        List<Instant> starts = new ArrayList<>();
        starts.add(from);
        long step = STEP.toSeconds();
        long next = (Math.floorDiv(from.getEpochSecond(), step) + 1) * step;
        for (Instant at = Instant.ofEpochSecond(next); !at.isAfter(window.latestStart()); at = at.plus(STEP)) {
            starts.add(at);
        }
        return starts;
    }

    /** What a start leaves short: the first short interval it touches, and the sum over all of them. */
    private record Shortfall(Instant start, Instant from, int by, int total) {

        boolean covered() {
            return total == 0;
        }

        /** Negative when this leaves the queue less short than {@code other} (ties go to the earlier). */
        int worseThan(Shortfall other) {
            return Integer.compare(total, other.total);
        }
    }

    /** The queue's day counted again, only over the intervals a start touches, with the break there. */
    private static final class Recount {

        private final BreakWindow window;
        private final List<IntervalCoverage> intervals;
        private final List<PublishedShift> shifts;
        private final List<DayChange> others;

        Recount(QueueDay day, BreakWindow window) {
            this.window = window;
            this.intervals = day.intervals();
            Map<Long, PublishedShift> byId = new LinkedHashMap<>();
            List<DayChange> changes = new ArrayList<>();
            for (PersonDay person : day.people()) {
                person.shifts().forEach(shift -> byId.putIfAbsent(shift.id(), shift));
                for (DayChange change : person.changes()) {
                    if (!(change instanceof BreakMoved moved
                            && moved.shiftId() == window.shiftId()
                            && moved.position() == window.position())) {
                        changes.add(change);
                    }
                }
            }
            this.shifts = List.copyOf(byId.values());
            this.others = changes;
        }

        Shortfall at(Instant start) {
            Span pause = new Span(start, start.plus(window.length()));
            List<CoverageCount.Required> touched = intervals.stream()
                    .filter(interval -> interval.span().overlaps(pause))
                    .map(interval -> new CoverageCount.Required(interval.span(), interval.required()))
                    .toList();
            List<DayChange> changes = new ArrayList<>(others);
            changes.add(new BreakMoved(
                    window.employeeId(), window.shiftId(), window.position(), pause.start(), pause.end()));
            QueueDay counted = CoverageCount.count(window.queueId(), null, touched, shifts, changes);
            Instant from = null;
            int by = 0;
            int total = 0;
            for (IntervalCoverage interval : counted.intervals()) {
                if (interval.isShort()) {
                    if (from == null) {
                        from = interval.span().start();
                        by = interval.shortBy();
                    }
                    total += interval.shortBy();
                }
            }
            return new Shortfall(start, from, by, total);
        }
    }
}
