package dev.kantor.staffing.forecast;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Managers' changes to a forecast in percent, for a whole day or for one quarter-hour slot of
 * it (a promotion, a mailing, a local event); both apply, one after the other.
 *
 * @param days  percent per date
 * @param slots percent per date and slot
 */
record ForecastAdjustments(Map<LocalDate, Double> days, Map<LocalDate, Map<Integer, Double>> slots) {

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

    /**
     * The adjustments as a short fingerprint: a manager's change names the fingerprint of the
     * week they saw, and is refused when another change came first, so that no change is lost.
     */
    public String version() {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(days)
                .forEach((date, percent) ->
                        all.append(date).append('=').append(percent).append(';'));
        new TreeMap<>(slots).forEach((date, bySlot) -> new TreeMap<>(bySlot).forEach((slot, percent) -> all.append(date)
                .append('/')
                .append(slot)
                .append('=')
                .append(percent)
                .append(';')));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
