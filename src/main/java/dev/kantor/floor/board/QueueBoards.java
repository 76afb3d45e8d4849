package dev.kantor.floor.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.floor.FloorSnapshot.Interval;
import dev.kantor.floor.FloorSnapshot.Person;
import dev.kantor.floor.FloorSnapshot.QueueBoard;
import dev.kantor.floor.FloorSnapshot.State;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.scheduling.PublishedShift;

/**
 * Puts a queue's counted day and everyone's presence and arrival together at a moment: who is on
 * duty, on a break (and until when), late, absent or filling in, and how many are present now.
 */
final class QueueBoards {

    private QueueBoards() {}

    /** What the board knows of a queue besides its counted day. */
    record Queue(long id, String name, String channel, boolean preparing) {}

    static QueueBoard board(
            Queue queue,
            QueueDay day,
            Map<Long, Presence> presence,
            Map<Long, Instant> arrivals,
            Map<Long, String> names,
            Instant now) {
        List<Person> people = new ArrayList<>();
        int present = 0;
        for (PersonDay person : day.people()) {
            Person shown =
                    person(person, presence.get(person.employeeId()), arrivals.get(person.employeeId()), names, now);
            people.add(shown);
            present += shown.present() ? 1 : 0;
        }
        people.sort(Comparator.comparing(Person::state)
                .thenComparing(p -> p.shiftStart() == null ? Instant.MAX : p.shiftStart())
                .thenComparing(Person::name));
        List<Interval> intervals = new ArrayList<>();
        Interval current = null;
        for (IntervalCoverage interval : day.from(now)) {
            boolean underWay = interval.span().contains(now);
            Interval shown = new Interval(
                    interval.span().start(),
                    interval.span().end(),
                    interval.required(),
                    interval.planned(),
                    interval.expected(),
                    underWay ? present : -1);
            intervals.add(shown);
            current = underWay ? shown : current;
        }
        return new QueueBoard(
                queue.id(), queue.name(), queue.channel(), present, current, intervals, people, queue.preparing());
    }

    static Person person(PersonDay day, Presence presence, Instant arrivedAt, Map<Long, String> names, Instant now) {
        Optional<PublishedShift> shift = shiftOf(day, now);
        Instant start = shift.map(PublishedShift::startsAt).orElse(null);
        Instant end = shift.map(PublishedShift::endsAt).orElse(null);
        PresenceStatus status = presence == null ? PresenceStatus.OFF_DUTY : presence.status();
        boolean onShift = shift.filter(s -> !s.startsAt().isAfter(now)).isPresent();
        boolean arrived = arrivedAt != null;
        State state;
        Instant dueBack = null;
        Optional<Span> pause = day.breakAt(now);
        if (day.absentAt(now)) {
            state = State.ABSENT;
        } else if (day.extraAt(now)) {
            state = State.FILLING_IN;
        } else if (pause.isPresent() && onShift) {
            state = State.ON_BREAK;
            dueBack = pause.get().end();
        } else if (onShift && !arrived) {
            state = State.LATE;
        } else if (day.expectedAt(now) && status == PresenceStatus.ON_BREAK) {
            state = State.ON_BREAK;
            dueBack = presence.expectedBack();
        } else if (day.expectedAt(now)) {
            state = State.ON_DUTY;
        } else {
            state = State.OFF_SHIFT;
        }
        boolean available = status == PresenceStatus.AVAILABLE || status == PresenceStatus.BUSY;
        // someone filling in came on their own: the fill-in itself is their arrival
        boolean present = day.expectedAt(now) && available && (arrived || state == State.FILLING_IN);
        return new Person(
                day.employeeId(),
                names.getOrDefault(day.employeeId(), "#" + day.employeeId()),
                state,
                dueBack,
                start,
                end,
                arrivedAt,
                present);
    }

    /** The shift under way at {@code now}, else the next one today, else none. */
    private static Optional<PublishedShift> shiftOf(PersonDay day, Instant now) {
        Optional<PublishedShift> underWay = day.shifts().stream()
                .filter(s -> !s.startsAt().isAfter(now) && s.endsAt().isAfter(now))
                .findFirst();
        if (underWay.isPresent()) {
            return underWay;
        }
        return day.shifts().stream()
                .filter(s -> s.startsAt().isAfter(now))
                .min(Comparator.comparing(PublishedShift::startsAt));
    }
}
