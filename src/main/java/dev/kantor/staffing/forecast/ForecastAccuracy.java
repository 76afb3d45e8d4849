package dev.kantor.staffing.forecast;

import java.time.LocalDate;
import java.util.Set;

import dev.kantor.staffing.queues.WorkQueue;

/**
 * How far the forecast would have been off on history it did not see: the last week of history is
 * held out, the model learns from what came before it and forecasts that week, and the errors of
 * every 15-minute interval are weighted by its contacts (weighted MAPE = Σ|actual − forecast| ÷
 * Σ actual). Unlike the plain MAPE it does not explode on quiet intervals with one or two contacts.
 */
final class ForecastAccuracy {

    static final int HELD_OUT_DAYS = 7;

    private ForecastAccuracy() {}

    /** The weighted MAPE as a fraction; null without enough history for both learning and the held-out week. */
    static Double weightedMape(VolumeHistory history, LocalDate until, Set<LocalDate> holidays, WorkQueue queue) {
        if (history.isEmpty()) {
            return null;
        }
        LocalDate end = history.last().isBefore(until) ? history.last().plusDays(1) : until;
        LocalDate heldOut = end.minusDays(HELD_OUT_DAYS);
        ContactForecast model = ContactForecast.learn(history, heldOut, holidays, queue);
        if (model == null) {
            return null;
        }
        double errors = 0;
        double actuals = 0;
        for (DayForecast day : model.days(heldOut, HELD_OUT_DAYS, holidays)) {
            double[] actual = history.contacts(day.date());
            for (int s = 0; s < VolumeHistory.SLOTS; s++) {
                errors += Math.abs(actual[s] - day.contacts()[s]);
                actuals += actual[s];
            }
        }
        return actuals > 0 ? errors / actuals : null;
    }
}
