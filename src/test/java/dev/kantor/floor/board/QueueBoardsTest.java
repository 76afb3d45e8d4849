package dev.kantor.floor.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kantor.floor.FloorSnapshot.Person;
import dev.kantor.floor.FloorSnapshot.State;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.scheduling.PublishedShift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where someone on a queue is at a moment, from their counted day, presence and arrival. */
class QueueBoardsTest {

    private static final Instant EIGHT = Instant.parse("2026-03-04T01:00:00Z");
    private static final long WHO = 7;

    private static Instant at(int minutesAfterEight) {
        return EIGHT.plusSeconds(60L * minutesAfterEight);
    }

    private static PublishedShift shift() {
        return new PublishedShift(
                1,
                1,
                1,
                WHO,
                LocalDate.of(2026, 3, 4),
                "Day",
                at(0),
                at(480),
                List.of(new PublishedShift.PublishedBreak(0, "Break", at(120), at(135))));
    }

    private static PersonDay day(List<Span> breaks, List<DayChange> changes) {
        List<Span> expected = List.of(new Span(at(0), at(120)), new Span(at(135), at(480)));
        return new PersonDay(WHO, List.of(shift()), expected, expected, breaks, changes);
    }

    private static Person person(PersonDay day, PresenceStatus status, Instant back, Instant arrived, Instant now) {
        return QueueBoards.person(
                day, new Presence(WHO, status, now, back, PresenceSource.MANUAL), arrived, Map.of(WHO, "Putu"), now);
    }

    private final List<Span> plannedBreak = List.of(new Span(at(120), at(135)));

    @Test
    void onShiftAndArrivedIsOnDutyAndPresent() {
        Person p = person(day(plannedBreak, List.of()), PresenceStatus.AVAILABLE, null, at(-5), at(30));
        assertThat(p.state()).isEqualTo(State.ON_DUTY);
        assertThat(p.present()).isTrue();
        assertThat(p.shiftStart()).isEqualTo(at(0));
    }

    @Test
    void onShiftWithoutArrivingIsLateAndNotPresentWhateverThePresenceTheScheduleGives() {
        Person p = person(day(plannedBreak, List.of()), PresenceStatus.AVAILABLE, null, null, at(30));
        assertThat(p.state()).isEqualTo(State.LATE);
        assertThat(p.present()).isFalse();
    }

    @Test
    void beforeTheShiftNobodyIsLate() {
        Person p = person(day(plannedBreak, List.of()), PresenceStatus.OFF_DUTY, null, null, at(-30));
        assertThat(p.state()).isEqualTo(State.OFF_SHIFT);
        assertThat(p.shiftStart()).isEqualTo(at(0));
    }

    @Test
    void onTheScheduledBreakIsDueBackAtItsEnd() {
        Person p = person(day(plannedBreak, List.of()), PresenceStatus.ON_BREAK, at(135), at(-5), at(125));
        assertThat(p.state()).isEqualTo(State.ON_BREAK);
        assertThat(p.dueBack()).isEqualTo(at(135));
        assertThat(p.present()).isFalse();
    }

    @Test
    void aBreakTakenByHandIsDueBackWhenTheySaid() {
        Person p = person(day(plannedBreak, List.of()), PresenceStatus.ON_BREAK, at(70), at(-5), at(60));
        assertThat(p.state()).isEqualTo(State.ON_BREAK);
        assertThat(p.dueBack()).isEqualTo(at(70));
    }

    @Test
    void anAbsenceWinsOverEverythingElse() {
        DayChange absent = new DayChange.Absent(WHO, at(0), at(480));
        Person p = person(day(plannedBreak, List.of(absent)), PresenceStatus.AVAILABLE, null, at(-5), at(30));
        assertThat(p.state()).isEqualTo(State.ABSENT);
    }

    @Test
    void fillingInCountsAsArrivedAndPresent() {
        DayChange extra = new DayChange.ExtraTime(WHO, at(-60), at(0), DayChange.ExtraTime.Kind.FILL_IN);
        PersonDay filling =
                new PersonDay(WHO, List.of(), List.of(), List.of(new Span(at(-60), at(0))), List.of(), List.of(extra));
        Person p = person(filling, PresenceStatus.AVAILABLE, null, null, at(-30));
        assertThat(p.state()).isEqualTo(State.FILLING_IN);
        assertThat(p.present()).isTrue();
    }
}
