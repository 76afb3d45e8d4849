package dev.kantor.reporting.hr;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadcountMonthEndsTest {

    @Test
    void theTrendIsCountedAtEachMonthsEndAndAtThePeriodsEnd() {
        assertThat(Headcount.monthEnds(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 10));
    }

    @Test
    void aPeriodEndingOnAMonthsEndCountsThatDayOnce() {
        assertThat(Headcount.monthEnds(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void aPeriodWithinOneMonthCountsItsEnd() {
        assertThat(Headcount.monthEnds(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)))
                .containsExactly(LocalDate.of(2026, 3, 9));
    }
}
