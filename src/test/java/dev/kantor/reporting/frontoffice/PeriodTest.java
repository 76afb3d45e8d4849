package dev.kantor.reporting.frontoffice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard's period is read as whole months and the days at its edges: every day exactly once. */
class PeriodTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyDayOfThePeriodIsReadExactlyOnceAsADayOrWithinAWholeMonth(long seed) {
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
        LocalDate to = from.plusDays(random.nextInt(731));

        Period period = Period.of(from, to);

        List<LocalDate> read = new ArrayList<>();
        if (period.months() != null) {
            for (LocalDate month = period.months().from();
                    !month.isAfter(period.months().to());
                    month = month.plusMonths(1)) {
                assertThat(month.getDayOfMonth()).isEqualTo(1);
                month.datesUntil(month.plusMonths(1)).forEach(read::add);
            }
        }
        for (Period.Span days : period.days()) {
            assertThat(days.from()).isBeforeOrEqualTo(days.to());
            days.from().datesUntil(days.to().plusDays(1)).forEach(read::add);
        }
        assertThat(read)
                .containsExactlyInAnyOrderElementsOf(
                        from.datesUntil(to.plusDays(1)).toList());
    }

    @Test
    void aYearIsElevenWholeMonthsAndTheDaysAtItsEdges() {
        Period year = Period.of(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 11, 29));

        assertThat(year.months()).isEqualTo(new Period.Span(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 10, 1)));
        assertThat(year.days())
                .containsExactly(
                        new Period.Span(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30)),
                        new Period.Span(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aPeriodWithinOneMonthIsReadAsDays() {
        Period days = Period.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));

        assertThat(days.months()).isNull();
        assertThat(days.days()).containsExactly(new Period.Span(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29)));
    }
}
