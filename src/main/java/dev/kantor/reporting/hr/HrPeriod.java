package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.kantor.platform.InputCheck;
import dev.kantor.reporting.frontoffice.FigureFilter;

/**
 * The HR dashboard's period: the dated figures (acknowledgements asked, arrangements in force, hours) count in
 * it; headcount is as at its last day, with a trend at each month's end in it. The last 90 days when none is
 * given.
 *
 * @param today the business's day today, for what is overdue
 */
record HrPeriod(LocalDate from, LocalDate to, LocalDate today) {

    static HrPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(89);
        new InputCheck()
                .that(!start.isAfter(end), "from", "reporting.validation.period")
                .that(ChronoUnit.DAYS.between(start, end) < FigureFilter.MOST_DAYS, "to", "reporting.validation.period")
                .throwIfAny();
        return new HrPeriod(start, end, today);
    }
}
