package dev.kantor.reporting.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.floor.RecordedTime;
import dev.kantor.scheduling.PublishedShift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hours worked against the contract, week by week, computed by hand: published shifts less their planned breaks,
 * less the time recorded absent, plus fill-ins and call-ins beyond the schedule, each hour counted once.
 */
class WeekHoursTest {

    private static PublishedShift shift(LocalDate day, int startHour, int endHour, int breakMinutes) {
        Instant start = day.atTime(startHour, 0).toInstant(java.time.ZoneOffset.UTC);
        Instant end = day.atTime(endHour, 0).toInstant(java.time.ZoneOffset.UTC);
        List<PublishedShift.PublishedBreak> breaks = breakMinutes == 0
                ? List.of()
                : List.of(new PublishedShift.PublishedBreak(
                        1, "lunch", start.plusSeconds(3600 * 4), start.plusSeconds(3600 * 4 + breakMinutes * 60L)));
        return new PublishedShift(1, 1, 1, 7, day, "DAY", start, end, breaks);
    }

    @Test
    void aShiftCountsItsLengthLessItsPlannedBreaks() {
        assertThat(WeekHours.hours(shift(LocalDate.of(2026, 3, 2), 8, 17, 60))).isEqualTo(8.0);
        assertThat(WeekHours.hours(shift(LocalDate.of(2026, 3, 2), 8, 12, 0))).isEqualTo(4.0);
    }

    @Test
    void countsEachWeekOfThePeriodAgainstTheContractForItsDaysInThePeriod() {
        // Monday 2 March 2026 to Wednesday 11 March: a whole week and three days of the next
        LocalDate from = LocalDate.of(2026, 3, 2);
        LocalDate to = LocalDate.of(2026, 3, 11);
        List<PublishedShift> shifts = List.of(
                shift(LocalDate.of(2026, 3, 2), 8, 17, 60),
                shift(LocalDate.of(2026, 3, 3), 8, 17, 60),
                shift(LocalDate.of(2026, 3, 10), 8, 17, 30),
                shift(LocalDate.of(2026, 3, 12), 8, 17, 60)); // after the period: not counted

        List<WeekHours.Week> weeks = WeekHours.of(shifts, 40, from, to);

        assertThat(weeks).extracting(WeekHours.Week::monday).containsExactly(from, LocalDate.of(2026, 3, 9));
        assertThat(weeks.get(0).scheduled()).isEqualTo(16.0);
        assertThat(weeks.get(0).contract()).isEqualTo(40.0);
        assertThat(weeks.get(0).difference()).isEqualTo(-24.0);
        assertThat(weeks.get(1).scheduled()).isEqualTo(8.5);
        assertThat(weeks.get(1).contract()).isEqualTo(WeekHours.round(40.0 * 3 / 7));
    }

    @Test
    void aWeekWithoutShiftsStillCountsItsContract() {
        List<WeekHours.Week> weeks = WeekHours.of(List.of(), 37.5, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.scheduled()).isZero();
            assertThat(w.contract()).isEqualTo(37.5);
        });
    }

    private static final java.time.ZoneId JAKARTA = java.time.ZoneId.of("Asia/Jakarta");

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(JAKARTA).toInstant();
    }

    /** A shift in Jakarta from one time to another (the next day when the end is earlier), with one break. */
    private static PublishedShift jakartaShift(
            LocalDate day, int startHour, int endHour, int breakHour, int breakMinutes) {
        Instant start = at(day, startHour, 0);
        Instant end = at(endHour > startHour ? day : day.plusDays(1), endHour, 0);
        LocalDate breakDay = breakHour >= startHour ? day : day.plusDays(1);
        List<PublishedShift.PublishedBreak> breaks = breakMinutes == 0
                ? List.of()
                : List.of(new PublishedShift.PublishedBreak(
                        1,
                        "lunch",
                        at(breakDay, breakHour, 0),
                        at(breakDay, breakHour, 0).plusSeconds(breakMinutes * 60L)));
        return new PublishedShift(1, 1, 1, 7, day, "DAY", start, end, breaks);
    }

    private static RecordedTime.Stretch stretch(RecordedTime.Kind kind, Instant from, Instant until) {
        return new RecordedTime.Stretch(7, kind, from, until);
    }

    @Test
    void aWeekWorkedIsScheduledLessAbsentPlusBeyondTheScheduleEachHourOnce() {
        // the week of Monday 2 March 2026 in Jakarta, a 32-hour contract
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        LocalDate sunday = monday.plusDays(6);
        List<PublishedShift> shifts = List.of(
                // Monday 08:00-17:00 with a lunch 12:00-13:00: 8 h
                jakartaShift(monday, 8, 17, 12, 60),
                // Tuesday 08:00-17:00 with 30 min at 12:00: 8.5 h, of which the floor marks 14:00-16:00 absent
                jakartaShift(tuesday, 8, 17, 12, 30),
                // Wednesday's night shift 22:00-06:00 with 30 min at 02:00 on Thursday: 7.5 h, all on Wednesday
                jakartaShift(wednesday, 22, 6, 2, 30),
                // Sunday's night shift 22:00-06:00 into the next week: 8 h, all on the week of its start
                jakartaShift(sunday, 22, 6, 0, 0));
        List<RecordedTime.Stretch> recorded = List.of(
                stretch(RecordedTime.Kind.ABSENT, at(tuesday, 14, 0), at(tuesday, 16, 0)),
                // absent marked twice over the same hour: counted once
                stretch(RecordedTime.Kind.ABSENT, at(tuesday, 15, 0), at(tuesday, 16, 0)),
                // a fill-in on Monday 16:00-19:00: the hour inside the shift is not extra, 2 h are
                stretch(RecordedTime.Kind.FILL_IN, at(monday, 16, 0), at(monday, 19, 0)),
                // a fill-in during Monday's own lunch: the 30 min on the break are extra (worked, not scheduled)
                stretch(RecordedTime.Kind.FILL_IN, at(monday, 12, 0), at(monday, 12, 30)),
                // a call-in on Saturday 09:00-13:00 overlapping a fill-in 12:00-14:00: 5 h in all
                stretch(RecordedTime.Kind.CALL_IN, at(sunday.minusDays(1), 9, 0), at(sunday.minusDays(1), 13, 0)),
                stretch(RecordedTime.Kind.FILL_IN, at(sunday.minusDays(1), 12, 0), at(sunday.minusDays(1), 14, 0)),
                // a call-in on Tuesday 15:00-17:00 while marked absent 14:00-16:00: only 16:00-17:00 is inside the
                // shift already, 15:00-16:00 absent, so nothing is extra
                stretch(RecordedTime.Kind.CALL_IN, at(tuesday, 15, 0), at(tuesday, 17, 0)),
                // a fill-in the next Monday 08:00-10:00 lies after the period
                stretch(RecordedTime.Kind.FILL_IN, at(monday.plusWeeks(1), 8, 0), at(monday.plusWeeks(1), 10, 0)));

        List<WeekHours.Week> weeks = WeekHours.of(shifts, recorded, JAKARTA, 32, monday, sunday);

        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.scheduled()).isEqualTo(8 + 8.5 + 7.5 + 8);
            assertThat(w.absent()).isEqualTo(2.0);
            assertThat(w.extra()).isEqualTo(2 + 0.5 + 5);
            assertThat(w.worked()).isEqualTo(32 - 2 + 7.5);
            assertThat(w.contract()).isEqualTo(32.0);
            assertThat(w.difference()).isEqualTo(5.5);
        });
    }

    @Test
    void anAbsenceOverPartOfAShiftSkipsItsBreakAndANightShiftCountsOnTheDayItStarts() {
        // Sunday 8 March 22:00 to Monday 06:00 with a break 02:00-02:30 on Monday, absent from 01:00 to 03:00
        LocalDate sunday = LocalDate.of(2026, 3, 8);
        PublishedShift night = jakartaShift(sunday, 22, 6, 2, 30);
        List<RecordedTime.Stretch> absent =
                List.of(stretch(RecordedTime.Kind.ABSENT, at(sunday.plusDays(1), 1, 0), at(sunday.plusDays(1), 3, 0)));

        List<WeekHours.Week> weeks =
                WeekHours.of(List.of(night), absent, JAKARTA, 40, LocalDate.of(2026, 3, 2), sunday.plusDays(7));

        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).scheduled()).isEqualTo(7.5);
        assertThat(weeks.get(0).absent())
                .as("1.5 h: the break is not scheduled work")
                .isEqualTo(1.5);
        assertThat(weeks.get(0).worked()).isEqualTo(6.0);
        assertThat(weeks.get(1).scheduled())
                .as("nothing of it on the Monday's week")
                .isZero();
        assertThat(weeks.get(1).absent()).isZero();
    }

    @Test
    void timeRecordedBeyondTheScheduleCountsOnTheWeekOfTheDayItStarts() {
        // a fill-in from Sunday 8 March 23:00 to Monday 01:00 with no shift at all
        LocalDate sunday = LocalDate.of(2026, 3, 8);
        List<RecordedTime.Stretch> fillIn =
                List.of(stretch(RecordedTime.Kind.FILL_IN, at(sunday, 23, 0), at(sunday.plusDays(1), 1, 0)));

        List<WeekHours.Week> weeks =
                WeekHours.of(List.of(), fillIn, JAKARTA, 20, LocalDate.of(2026, 3, 2), sunday.plusDays(7));

        assertThat(weeks.get(0).extra()).isEqualTo(2.0);
        assertThat(weeks.get(0).worked()).isEqualTo(2.0);
        assertThat(weeks.get(0).difference()).isEqualTo(-18.0);
        assertThat(weeks.get(1).extra()).isZero();
    }
}
