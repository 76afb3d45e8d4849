package dev.kantor.floor.coverage;

import java.time.Instant;
import java.util.List;

import dev.kantor.scheduling.PublishedShift;

/**
 * One person's day on a queue.
 *
 * @param shifts   their published shifts that day (empty for someone only filling in)
 * @param planned  when the schedule has them on the queue, breaks left out
 * @param expected when they are on the queue as the day goes, breaks where they are taken, absences
 *                 left out and extra time added
 * @param breaks   their breaks as the day goes (planned, or moved)
 * @param changes  the day's changes that concern them
 */
public record PersonDay(
        long employeeId,
        List<PublishedShift> shifts,
        List<Span> planned,
        List<Span> expected,
        List<Span> breaks,
        List<DayChange> changes) {

    public PersonDay {
        shifts = List.copyOf(shifts);
        planned = List.copyOf(planned);
        expected = List.copyOf(expected);
        breaks = List.copyOf(breaks);
        changes = List.copyOf(changes);
    }

    /** Whether the day as it goes has them on the queue at {@code at}. */
    public boolean expectedAt(Instant at) {
        return expected.stream().anyMatch(span -> span.contains(at));
    }

    /** The break they are on at {@code at}, if any. */
    public java.util.Optional<Span> breakAt(Instant at) {
        return breaks.stream().filter(span -> span.contains(at)).findFirst();
    }

    /** Whether they are marked absent at {@code at}. */
    public boolean absentAt(Instant at) {
        return changes.stream()
                .anyMatch(change -> change instanceof DayChange.Absent absent
                        && new Span(absent.from(), absent.until()).contains(at));
    }

    /** Whether they are on the queue at {@code at} for time no shift gives (filling in, called in). */
    public boolean extraAt(Instant at) {
        return changes.stream()
                .anyMatch(change -> change instanceof DayChange.ExtraTime extra
                        && new Span(extra.from(), extra.until()).contains(at));
    }
}
