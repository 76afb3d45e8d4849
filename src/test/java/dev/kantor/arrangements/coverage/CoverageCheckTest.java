package dev.kantor.arrangements.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.arrangements.coverage.CoverageCheck.Interval;
import dev.kantor.arrangements.coverage.CoverageCheck.QueueDay;
import dev.kantor.arrangements.coverage.CoverageCheck.Span;
import dev.kantor.arrangements.coverage.CoverageCheck.Verdict;
import dev.kantor.scheduling.PublishedShift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage check of a work arrangement: allowed while every interval keeps its requirement, else refused or overridden. */
class CoverageCheckTest {

    static final long QUEUE = 7;
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final long SITI = 45;
    static final long AGUS = 12;
    static final long DEWI = 3;

    static Instant at(String hhmm) {
        return Instant.parse(DAY + "T" + hhmm + ":00Z");
    }

    static PublishedShift shift(long id, long employee, String from, String to, String... pause) {
        List<PublishedShift.PublishedBreak> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < pause.length; i += 2) {
            breaks.add(new PublishedShift.PublishedBreak(i / 2, "Break", at(pause[i]), at(pause[i + 1])));
        }
        return new PublishedShift(id, 1, QUEUE, employee, DAY, "Early", at(from), at(to), breaks);
    }

    /** Quarter-hour intervals from 09:00 to 12:00, each requiring {@code required}. */
    static List<Interval> morning(int required) {
        List<Interval> intervals = new ArrayList<>();
        for (Instant t = at("09:00"); t.isBefore(at("12:00")); t = t.plusSeconds(900)) {
            intervals.add(new Interval(new Span(t, t.plusSeconds(900)), required));
        }
        return intervals;
    }

    /** A telework day: the whole of the person's shift goes. */
    static final CoverageCheck.Away WHOLE_SHIFT = s -> List.of(new Span(s.startsAt(), s.endsAt()));

    @Test
    void allowsATeleworkDayWhenTheOthersStillMeetTheRequirement() {
        QueueDay day = new QueueDay(
                QUEUE,
                DAY,
                morning(2),
                List.of(
                        shift(1, SITI, "09:00", "12:00"),
                        shift(2, AGUS, "09:00", "12:00"),
                        shift(3, DEWI, "09:00", "12:00")));

        CoverageCheck.Outcome outcome = CoverageCheck.check(SITI, List.of(day), WHOLE_SHIFT, null);

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(outcome.allowsApproval()).isTrue();
        assertThat(outcome.shortIntervals()).isEmpty();
        assertThat(outcome.lost()).singleElement().satisfies(l -> {
            assertThat(l.shiftId()).isEqualTo(1);
            assertThat(l.span()).isEqualTo(new Span(at("09:00"), at("12:00")));
        });
    }

    @Test
    void refusesWhenTheIntervalsThePersonCoversWouldFallShort() {
        QueueDay day = new QueueDay(
                QUEUE,
                DAY,
                morning(2),
                List.of(shift(1, SITI, "09:00", "12:00"), shift(2, AGUS, "09:00", "12:00", "10:00", "10:15")));

        CoverageCheck.Outcome outcome = CoverageCheck.check(SITI, List.of(day), WHOLE_SHIFT, "  ");

        assertThat(outcome.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(outcome.allowsApproval()).isFalse();
        assertThat(outcome.shortIntervals()).hasSize(12);
        assertThat(outcome.shortIntervals().get(0)).satisfies(s -> {
            assertThat(s.required()).isEqualTo(2);
            assertThat(s.now()).isEqualTo(2);
            assertThat(s.after()).isEqualTo(1);
        });
        // Agus's break: one was there before, nobody after
        assertThat(outcome.shortIntervals().get(4)).satisfies(s -> {
            assertThat(s.span().start()).isEqualTo(at("10:00"));
            assertThat(s.now()).isEqualTo(1);
            assertThat(s.after()).isZero();
        });
    }

    @Test
    void anOverrideWithAReasonAllowsApprovalAndKeepsTheShortIntervals() {
        QueueDay day = new QueueDay(QUEUE, DAY, morning(1), List.of(shift(1, SITI, "09:00", "12:00")));

        CoverageCheck.Outcome outcome =
                CoverageCheck.check(SITI, List.of(day), WHOLE_SHIFT, "Agus covers from the back office");

        assertThat(outcome.verdict()).isEqualTo(Verdict.OVERRIDDEN);
        assertThat(outcome.allowsApproval()).isTrue();
        assertThat(outcome.shortIntervals()).hasSize(12);
    }

    @Test
    void anIntervalAlreadyShortOnlyCountsWhenThePersonWasInIt() {
        // Siti's break at 10:00: she is not counted there before, so her absence changes nothing then
        QueueDay day =
                new QueueDay(QUEUE, DAY, morning(3), List.of(shift(1, SITI, "09:00", "12:00", "10:00", "10:15")));

        CoverageCheck.Outcome outcome = CoverageCheck.check(SITI, List.of(day), WHOLE_SHIFT, null);

        assertThat(outcome.shortIntervals())
                .extracting(s -> s.span().start())
                .doesNotContain(at("10:00"))
                .hasSize(11);
    }

    @Test
    void flextimeTakesOnlyTheHoursOutsideTheCoreAndPartlyCoveredIntervalsDoNotCount() {
        QueueDay day = new QueueDay(
                QUEUE, DAY, morning(2), List.of(shift(1, SITI, "09:00", "12:00"), shift(2, AGUS, "09:00", "12:00")));
        // core hours from 10:10: the 10:00 interval is no longer covered in full either
        CoverageCheck.Away beforeCore = s -> List.of(new Span(s.startsAt(), at("10:10")));

        CoverageCheck.Outcome outcome = CoverageCheck.check(SITI, List.of(day), beforeCore, null);

        assertThat(outcome.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(outcome.shortIntervals())
                .extracting(s -> s.span().start())
                .containsExactly(at("09:00"), at("09:15"), at("09:30"), at("09:45"), at("10:00"));
    }

    @Test
    void someoneWithoutPublishedShiftsInTheTimeIsAllowed() {
        CoverageCheck.Outcome outcome = CoverageCheck.check(SITI, List.of(), WHOLE_SHIFT, null);

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(outcome.lost()).isEmpty();
    }
}
