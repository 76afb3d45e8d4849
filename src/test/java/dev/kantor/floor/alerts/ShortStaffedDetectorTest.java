package dev.kantor.floor.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortStaffedDetectorTest {

    static final Instant NINE = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant NOW = NINE.plusSeconds(5 * 60);
    static final Span DAY = new Span(NINE, NINE.plusSeconds(8 * 3600));

    static Instant at(int quarter) {
        return NINE.plusSeconds(quarter * 15 * 60L);
    }

    /** Four intervals from 09:00, each with (required, expected). */
    static List<IntervalCoverage> intervals(int[]... counts) {
        List<IntervalCoverage> intervals = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            intervals.add(new IntervalCoverage(new Span(at(i), at(i + 1)), counts[i][0], counts[i][0], counts[i][1]));
        }
        return intervals;
    }

    static PersonDay working(long id) {
        return new PersonDay(id, List.of(), List.of(DAY), List.of(DAY), List.of(), List.of());
    }

    static Map.Entry<Long, Presence> in(long id, PresenceStatus status) {
        return Map.entry(id, new Presence(id, status, NINE, null, PresenceSource.SCHEDULE));
    }

    @Test
    void aQueueWithEveryoneInNowAndEnoughExpectedNextIsNotShort() {
        QueueDay day = new QueueDay(
                1,
                LocalDate.of(2026, 3, 2),
                intervals(new int[] {2, 2}, new int[] {2, 2}),
                List.of(working(10), working(11)));

        assertThat(ShortStaffedDetector.check(
                        day, Map.ofEntries(in(10, PresenceStatus.AVAILABLE), in(11, PresenceStatus.BUSY)), NOW))
                .isEmpty();
    }

    @Test
    void someoneExpectedWhoIsNotInMakesTheCurrentIntervalShortAndIsNamedLate() {
        QueueDay day = new QueueDay(
                1,
                LocalDate.of(2026, 3, 2),
                intervals(new int[] {2, 2}, new int[] {2, 2}),
                List.of(working(10), working(11)));

        var shortfall = ShortStaffedDetector.check(
                        day, Map.ofEntries(in(10, PresenceStatus.AVAILABLE), in(11, PresenceStatus.OFF_DUTY)), NOW)
                .orElseThrow();

        assertThat(shortfall.startsAt()).isEqualTo(at(0));
        assertThat(shortfall.endsAt()).isEqualTo(at(1));
        assertThat(shortfall.shortBy()).isEqualTo(1);
        assertThat(shortfall.counted()).isEqualTo(1);
        assertThat(shortfall.causes()).containsExactly(new Shortfall.Cause(11, Shortfall.Reason.LATE));
    }

    @Test
    void theNextIntervalExpectedShortOpensAStretchFromIt() {
        QueueDay day = new QueueDay(
                1,
                LocalDate.of(2026, 3, 2),
                intervals(new int[] {1, 1}, new int[] {3, 1}, new int[] {3, 2}, new int[] {1, 1}),
                List.of(working(10)));

        var shortfall = ShortStaffedDetector.check(day, Map.ofEntries(in(10, PresenceStatus.AVAILABLE)), NOW)
                .orElseThrow();

        assertThat(shortfall.startsAt()).isEqualTo(at(1));
        assertThat(shortfall.endsAt())
                .as("runs through every following short interval")
                .isEqualTo(at(3));
        assertThat(shortfall.shortBy()).as("the most missing in the stretch").isEqualTo(2);
        assertThat(shortfall.required()).isEqualTo(3);
        assertThat(shortfall.counted()).isEqualTo(1);
    }

    @Test
    void shortLaterInTheDayButNotNowOrNextIsNotAnAlertYet() {
        QueueDay day = new QueueDay(
                1,
                LocalDate.of(2026, 3, 2),
                intervals(new int[] {1, 1}, new int[] {1, 1}, new int[] {3, 1}),
                List.of(working(10)));

        assertThat(ShortStaffedDetector.check(day, Map.ofEntries(in(10, PresenceStatus.AVAILABLE)), NOW))
                .isEmpty();
    }

    @Test
    void absentPeopleAndPeopleOnABreakAreNamedAsTheCause() {
        PersonDay absent = new PersonDay(
                12, List.of(), List.of(DAY), List.of(), List.of(), List.of(new DayChange.Absent(12, NINE, DAY.end())));
        Span pause = new Span(NINE, NINE.plusSeconds(900));
        PersonDay resting = new PersonDay(
                13, List.of(), List.of(DAY), List.of(new Span(pause.end(), DAY.end())), List.of(pause), List.of());
        QueueDay day = new QueueDay(
                1,
                LocalDate.of(2026, 3, 2),
                intervals(new int[] {3, 1}, new int[] {3, 2}),
                List.of(working(10), absent, resting));

        var shortfall = ShortStaffedDetector.check(
                        day,
                        Map.ofEntries(
                                in(10, PresenceStatus.AVAILABLE),
                                in(12, PresenceStatus.OFF_DUTY),
                                in(13, PresenceStatus.ON_BREAK)),
                        NOW)
                .orElseThrow();

        assertThat(shortfall.shortBy()).isEqualTo(2);
        assertThat(shortfall.causes())
                .containsExactlyInAnyOrder(
                        new Shortfall.Cause(12, Shortfall.Reason.ABSENT),
                        new Shortfall.Cause(13, Shortfall.Reason.ON_BREAK));
    }

    @Test
    void afterClosingNothingIsShort() {
        QueueDay day = new QueueDay(1, LocalDate.of(2026, 3, 2), intervals(new int[] {3, 0}), List.of());

        assertThat(ShortStaffedDetector.check(day, Map.of(), at(2))).isEmpty();
    }
}
