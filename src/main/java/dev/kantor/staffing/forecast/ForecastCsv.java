package dev.kantor.staffing.forecast;

import java.util.Locale;

import dev.kantor.staffing.requirement.Performance;

/** A week's forecast and staffing as CSV, one line per open interval, numbers with a decimal point. */
final class ForecastCsv {

    static final String HEADER = "interval_start,contacts,aht_seconds,agents,scheduled,service_level_percent,"
            + "asa_seconds,occupancy_percent,waiting_percent,abandonment_percent";

    private ForecastCsv() {}

    static String of(WeekPlan plan) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        boolean abandons = plan.queue().patienceSeconds() != null;
        for (IntervalPlan i : plan.openIntervals()) {
            Performance p = i.requirement().performance();
            csv.append(i.date())
                    .append(' ')
                    .append(i.start())
                    .append(',')
                    .append(number(i.contacts(), 2))
                    .append(',')
                    .append(number(i.ahtSeconds(), 1))
                    .append(',')
                    .append(i.requirement().agents())
                    .append(',')
                    .append(i.requirement().scheduled())
                    .append(',')
                    .append(p.serviceLevel() == null ? "" : number(p.serviceLevel() * 100, 1))
                    .append(',')
                    .append(number(p.averageSpeedOfAnswer(), 1))
                    .append(',')
                    .append(number(p.occupancy() * 100, 1))
                    .append(',')
                    .append(number(p.probabilityOfWaiting() * 100, 1))
                    .append(',')
                    .append(abandons ? number(p.probabilityOfAbandoning() * 100, 1) : "")
                    .append('\n');
        }
        return csv.toString();
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
