package dev.kantor.reporting.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.scheduling.PublishedShift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hours scheduled against the contract, week by week, from published shifts less their planned breaks. */
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
}
