package dev.kantor.staffing.forecast;

import java.time.LocalDate;

/**
 * The contacts expected on one day per quarter-hour slot (slot 0 starts at midnight), with the
 * handling time expected in each.
 */
public record DayForecast(LocalDate date, boolean holiday, double[] contacts, double[] ahtSeconds) {

    public double total() {
        double sum = 0;
        for (double c : contacts) {
            sum += c;
        }
        return sum;
    }
}
