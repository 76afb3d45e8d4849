package dev.kantor.floor.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.floor.coverage.DayChange.Absent;
import dev.kantor.floor.coverage.DayChange.BreakMoved;
import dev.kantor.floor.coverage.DayChange.ExtraTime;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageCountTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final long QUEUE = 7;

    @Test
    void aPlannedBreakTakesItsPersonOutOfTheIntervalsItTouches() {
        QueueDay day = count(
                List.of(shift(1, 1, "09:00", "10:00", "09:05", "09:20"), shift(2, 2, "09:00", "10:00")), List.of());

        assertThat(planned(day)).containsExactly(1, 1, 2, 2);
        assertThat(expected(day)).containsExactly(1, 1, 2, 2);
        assertThat(day.intervals().get(1).isShort()).isTrue();
        assertThat(day.intervals().get(1).shortBy()).isEqualTo(1);
    }

    @Test
    void aMovedBreakCountsWhereItIsTakenAndThePlanStaysAsPublished() {
        QueueDay day = count(
                List.of(shift(1, 1, "09:00", "10:00", "09:15", "09:30"), shift(2, 2, "09:00", "10:00")),
                List.of(new BreakMoved(1, 1, 0, at("09:30"), at("09:45"))));

        assertThat(planned(day)).containsExactly(2, 1, 2, 2);
        assertThat(expected(day)).containsExactly(2, 2, 1, 2);
        assertThat(day.person(1).orElseThrow().breakAt(at("09:35"))).isPresent();
        assertThat(day.person(1).orElseThrow().breakAt(at("09:20"))).isEmpty();
    }

    @Test
    void theLastMoveOfABreakWins() {
        QueueDay day = count(
                List.of(shift(1, 1, "09:00", "10:00", "09:15", "09:30")),
                List.of(
                        new BreakMoved(1, 1, 0, at("09:30"), at("09:45")),
                        new BreakMoved(1, 1, 0, at("09:45"), at("10:00"))));

        assertThat(expected(day)).containsExactly(1, 1, 1, 0);
    }

    @Test
    void anAbsenceRemovesTheRestOfTheShiftAndAFillInAddsAManagerWithoutAShift() {
        QueueDay day = count(
                List.of(shift(1, 1, "09:00", "10:00"), shift(2, 2, "09:00", "10:00")),
                List.of(
                        new Absent(2, at("09:30"), at("23:59")),
                        new ExtraTime(99, at("09:45"), at("10:00"), ExtraTime.Kind.FILL_IN)));

        assertThat(planned(day)).containsExactly(2, 2, 2, 2);
        assertThat(expected(day)).containsExactly(2, 2, 1, 2);
        PersonDay manager = day.person(99).orElseThrow();
        assertThat(manager.shifts()).isEmpty();
        assertThat(manager.extraAt(at("09:50"))).isTrue();
        assertThat(day.person(2).orElseThrow().absentAt(at("09:40"))).isTrue();
    }

    @Test
    void aCallInThatExtendsAShiftJoinsItWithoutAGap() {
        QueueDay day = count(
                List.of(shift(1, 1, "09:00", "09:30")),
                List.of(new ExtraTime(1, at("09:30"), at("10:00"), ExtraTime.Kind.CALL_IN)));

        assertThat(expected(day)).containsExactly(1, 1, 1, 1);
        assertThat(day.person(1).orElseThrow().expected()).hasSize(1);
    }

    @Test
    void aClosedDayHasNoIntervalsButStillItsPeople() {
        QueueDay day = CoverageCount.count(QUEUE, DAY, List.of(), List.of(shift(1, 1, "09:00", "10:00")), List.of());

        assertThat(day.intervals()).isEmpty();
        assertThat(day.people()).hasSize(1);
        assertThat(day.from(at("09:00"))).isEmpty();
    }

    private static QueueDay count(List<PublishedShift> shifts, List<DayChange> changes) {
        List<CoverageCount.Required> intervals = new ArrayList<>();
        for (String start : List.of("09:00", "09:15", "09:30", "09:45")) {
            intervals.add(
                    new CoverageCount.Required(new Span(at(start), at(start).plusSeconds(900)), 2));
        }
        return CoverageCount.count(QUEUE, DAY, intervals, shifts, changes);
    }

    private static List<Integer> planned(QueueDay day) {
        return day.intervals().stream().map(IntervalCoverage::planned).toList();
    }

    private static List<Integer> expected(QueueDay day) {
        return day.intervals().stream().map(IntervalCoverage::expected).toList();
    }

    private static PublishedShift shift(long id, long employee, String start, String end, String... breakSpan) {
        List<PublishedBreak> breaks = breakSpan.length == 0
                ? List.of()
                : List.of(new PublishedBreak(0, "Break", at(breakSpan[0]), at(breakSpan[1])));
        return new PublishedShift(id, 1, QUEUE, employee, DAY, "Day", at(start), at(end), breaks);
    }

    private static Instant at(String time) {
        return Instant.parse(DAY + "T" + time + ":00Z");
    }
}
