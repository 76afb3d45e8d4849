package dev.kantor.staffing;

import java.time.LocalDate;
import java.util.Map;

/**
 * Managers' changes to a forecast in percent, for a whole day or for one quarter-hour slot of
 * it (a promotion, a mailing, a local event); both apply, one after the other.
 *
 * @param days  percent per date
 * @param slots percent per date and slot
 */
public record ForecastAdjustments(Map<LocalDate, Double> days, Map<LocalDate, Map<Integer, Double>> slots) {

    static final ForecastAdjustments NONE = new ForecastAdjustments(Map.of(), Map.of());

    DayForecast applyTo(DayForecast day) {
        double dayFactor = 1 + days.getOrDefault(day.date(), 0.0) / 100;
        Map<Integer, Double> bySlot = slots.getOrDefault(day.date(), Map.of());
        double[] contacts = day.contacts().clone();
        for (int s = 0; s < contacts.length; s++) {
            contacts[s] *= dayFactor * (1 + bySlot.getOrDefault(s, 0.0) / 100);
        }
        return new DayForecast(day.date(), day.holiday(), contacts, day.ahtSeconds());
    }

    public Double ofDay(LocalDate date) {
        return days.get(date);
    }

    public Double ofSlot(LocalDate date, int slot) {
        return slots.getOrDefault(date, Map.of()).get(slot);
    }
}
