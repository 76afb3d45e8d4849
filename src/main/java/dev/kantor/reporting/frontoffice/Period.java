package dev.kantor.reporting.frontoffice;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard's days split into the whole months inside them, read from the month roll-up, and the days at
 * either edge, read from the day roll-up: a year is twelve months and a few days, not 365 days. Plain Java.
 *
 * @param months the first days of the whole months inside the period, first and last; null when there are none
 * @param days   the spans of days outside those months (none, one or two), each first and last day
 */
record Period(Span months, List<Span> days) {

    /** From and to, both included. */
    record Span(LocalDate from, LocalDate to) {}

    Period {
        days = List.copyOf(days);
    }

    static Period of(LocalDate from, LocalDate to) {
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new Period(null, List.of(new Span(from, to)));
        }
        List<Span> days = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            days.add(new Span(from, firstWhole.minusDays(1)));
        }
        if (to.isAfter(lastWholeEnd)) {
            days.add(new Span(lastWholeEnd.plusDays(1), to));
        }
        return new Period(new Span(firstWhole, lastWholeEnd.withDayOfMonth(1)), days);
    }
}
