package dev.kantor.floor.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.floor.coverage.DayChange.Absent;
import dev.kantor.floor.coverage.DayChange.BreakMoved;
import dev.kantor.floor.coverage.DayChange.ExtraTime;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;

/**
 * Counts a queue's day: who the published shifts put on the queue in each interval (planned), and
 * who is there once the day's changes are applied (expected). Someone counts in an interval only
 * when they are on the queue for all of it, as the schedule's own coverage counts them, so a break
 * from 10:05 to 10:20 takes them out of both the 10:00 and the 10:15 interval.
 */
public final class CoverageCount {

    private CoverageCount() {}

    /**
     * @param intervals the day's open intervals in order, each with the agents it requires
     * @param shifts    the published shifts on the queue that day
     * @param changes   the day's changes on the queue, in the order they were made (a later move of
     *                  the same break wins)
     */
    public static QueueDay count(
            long queueId,
            LocalDate date,
            List<Required> intervals,
            List<PublishedShift> shifts,
            List<DayChange> changes) {
        Map<Long, List<PublishedShift>> shiftsByPerson = new TreeMap<>();
        shifts.forEach(shift -> shiftsByPerson
                .computeIfAbsent(shift.employeeId(), id -> new ArrayList<>())
                .add(shift));
        Map<Long, List<DayChange>> changesByPerson = new LinkedHashMap<>();
        changes.forEach(change -> changesByPerson
                .computeIfAbsent(change.employeeId(), id -> new ArrayList<>())
                .add(change));
        changesByPerson.forEach((id, theirs) -> {
            if (theirs.stream().anyMatch(ExtraTime.class::isInstance)) {
                shiftsByPerson.putIfAbsent(id, List.of());
            }
        });

        List<PersonDay> people = new ArrayList<>();
        shiftsByPerson.forEach(
                (id, theirShifts) -> people.add(person(id, theirShifts, changesByPerson.getOrDefault(id, List.of()))));

        List<IntervalCoverage> counted = new ArrayList<>(intervals.size());
        for (Required interval : intervals) {
            int planned = 0;
            int expected = 0;
            for (PersonDay person : people) {
                planned += Spans.cover(person.planned(), interval.span()) ? 1 : 0;
                expected += Spans.cover(person.expected(), interval.span()) ? 1 : 0;
            }
            counted.add(new IntervalCoverage(interval.span(), interval.agents(), planned, expected));
        }
        return new QueueDay(queueId, date, counted, people);
    }

    private static PersonDay person(long employeeId, List<PublishedShift> shifts, List<DayChange> changes) {
        List<Span> planned = new ArrayList<>();
        List<Span> expected = new ArrayList<>();
        List<Span> breaks = new ArrayList<>();
        for (PublishedShift shift : shifts) {
            List<Span> plannedHere = List.of(new Span(shift.startsAt(), shift.endsAt()));
            List<Span> expectedHere = plannedHere;
            for (PublishedBreak pause : shift.breaks()) {
                Span plannedBreak = new Span(pause.startsAt(), pause.endsAt());
                Span actualBreak = movedBreak(changes, shift.id(), pause.position(), plannedBreak);
                plannedHere = Spans.minus(plannedHere, plannedBreak);
                expectedHere = Spans.minus(expectedHere, actualBreak);
                breaks.add(actualBreak);
            }
            planned.addAll(plannedHere);
            expected.addAll(expectedHere);
        }
        for (DayChange change : changes) {
            if (change instanceof ExtraTime extra) {
                expected.add(new Span(extra.from(), extra.until()));
            }
        }
        expected = Spans.union(expected);
        for (DayChange change : changes) {
            if (change instanceof Absent absent) {
                expected = Spans.minus(expected, new Span(absent.from(), absent.until()));
            }
        }
        return new PersonDay(employeeId, shifts, Spans.union(planned), expected, breaks, changes);
    }

    private static Span movedBreak(List<DayChange> changes, long shiftId, int position, Span planned) {
        Span actual = planned;
        for (DayChange change : changes) {
            if (change instanceof BreakMoved moved && moved.shiftId() == shiftId && moved.position() == position) {
                actual = new Span(moved.startsAt(), moved.endsAt());
            }
        }
        return actual;
    }

    /** An interval and the agents it requires. */
    public record Required(Span span, int agents) {}
}
