package dev.kantor.staffing.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.staffing.queues.WorkQueue;

/**
 * Forecasts a queue's contacts per 15-minute interval from its history: a weekday × time-of-day
 * pattern on a level with a trend, public holidays treated apart.
 *
 * <ol>
 * <li>The model learns from the last {@value #WINDOW_DAYS} days of history before the forecast
 * (no later than yesterday), leaving public holidays out: they would bend the pattern.</li>
 * <li>Weekday index: the mean day total of each weekday over the mean of all days.</li>
 * <li>Level and trend: a least-squares line through the day totals divided by their weekday
 * index; with less than three weeks of history the trend is taken as flat, since a line through
 * a fortnight mostly follows noise.</li>
 * <li>Time of day: each weekday's share of its contacts per quarter hour, limited to the
 * queue's current opening hours.</li>
 * <li>Public holidays: the normal forecast times the ratio of actual to expected contacts on the
 * holidays in the history; with no holiday in the history, none are expected (the business
 * closes on public holidays).</li>
 * </ol>
 *
 * The handling time of each slot is the history's, weighted by contacts, where enough contacts
 * had a known handling time, else the queue's.
 */
final class ContactForecast {

    static final int WINDOW_DAYS = 84;
    static final int MIN_DAYS = 7;
    private static final int TREND_DAYS = 21;
    /** Below this many contacts with a known handling time, a slot's own average is too noisy. */
    private static final double MIN_HANDLED = 30;

    private final double[] weekdayIndex = new double[7];
    private final double[][] shares = new double[7][VolumeHistory.SLOTS];
    private final double[][] handlingSeconds = new double[7][VolumeHistory.SLOTS];
    private final LocalDate origin;
    private final double level;
    private final double trend;
    private final double holidayFactor;
    private final int learnedDays;

    private ContactForecast(VolumeHistory history, LocalDate until, Set<LocalDate> holidays, WorkQueue queue) {
        LocalDate to = history.last().isBefore(until) ? history.last().plusDays(1) : until;
        LocalDate from = to.minusDays(WINDOW_DAYS);
        if (from.isBefore(history.first())) {
            from = history.first();
        }
        this.origin = from;
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> holidaysSeen = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            (holidays.contains(d) ? holidaysSeen : days).add(d);
        }
        this.learnedDays = days.size();

        double[] sum = new double[7];
        int[] count = new int[7];
        double all = 0;
        for (LocalDate d : days) {
            int w = d.getDayOfWeek().getValue() - 1;
            double total = history.total(d);
            sum[w] += total;
            count[w]++;
            all += total;
        }
        double mean = days.isEmpty() ? 0 : all / days.size();
        for (int w = 0; w < 7; w++) {
            weekdayIndex[w] = count[w] == 0 || mean == 0 ? 0 : sum[w] / count[w] / mean;
        }

        // least squares through the deseasonalised day totals
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (LocalDate d : days) {
            double index = weekdayIndex[d.getDayOfWeek().getValue() - 1];
            if (index <= 0) {
                continue;
            }
            double x = ChronoUnit.DAYS.between(from, d);
            double y = history.total(d) / index;
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = n >= 2 && n * sxx - sx * sx > 0 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
        if (days.size() < TREND_DAYS) {
            slope = 0;
        }
        this.trend = slope;
        this.level = n == 0 ? 0 : sy / n - slope * sx / n;

        // time of day per weekday, within the queue's current opening hours, and handling times
        double[][] handling = new double[7][VolumeHistory.SLOTS];
        double[][] handled = new double[7][VolumeHistory.SLOTS];
        for (LocalDate d : days) {
            int w = d.getDayOfWeek().getValue() - 1;
            double[] c = history.contacts(d);
            for (int s = 0; s < VolumeHistory.SLOTS; s++) {
                shares[w][s] += c[s];
            }
            history.addHandling(d, handling[w], handled[w]);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int w = day.getValue() - 1;
            double open = 0;
            for (int s = 0; s < VolumeHistory.SLOTS; s++) {
                if (!queue.isOpen(day, slotStart(s))) {
                    shares[w][s] = 0;
                }
                open += shares[w][s];
                handlingSeconds[w][s] =
                        handled[w][s] >= MIN_HANDLED ? handling[w][s] / handled[w][s] : queue.ahtSeconds();
            }
            for (int s = 0; s < VolumeHistory.SLOTS; s++) {
                shares[w][s] = open > 0 ? shares[w][s] / open : 0;
            }
        }

        double actual = 0;
        double expected = 0;
        for (LocalDate d : holidaysSeen) {
            actual += history.total(d);
            expected += normalTotal(d);
        }
        this.holidayFactor = expected > 0 ? actual / expected : 0;
    }

    /**
     * Learns from the history before {@code until}; null when there is less than a week of it.
     *
     * @param holidays public holidays, in the history and in the forecast
     */
    static ContactForecast learn(VolumeHistory history, LocalDate until, Set<LocalDate> holidays, WorkQueue queue) {
        if (history.isEmpty() || !history.first().isBefore(until)) {
            return null;
        }
        ContactForecast model = new ContactForecast(history, until, holidays, queue);
        return model.learnedDays >= MIN_DAYS ? model : null;
    }

    /** The expected contacts of a day that is not a holiday, before its time-of-day pattern. */
    private double normalTotal(LocalDate date) {
        double x = ChronoUnit.DAYS.between(origin, date);
        return Math.max(0, level + trend * x) * weekdayIndex[date.getDayOfWeek().getValue() - 1];
    }

    DayForecast day(LocalDate date, boolean holiday) {
        double total = normalTotal(date) * (holiday ? holidayFactor : 1);
        int w = date.getDayOfWeek().getValue() - 1;
        double[] contacts = new double[VolumeHistory.SLOTS];
        for (int s = 0; s < VolumeHistory.SLOTS; s++) {
            contacts[s] = total * shares[w][s];
        }
        return new DayForecast(date, holiday, contacts, handlingSeconds[w].clone());
    }

    List<DayForecast> days(LocalDate from, int count, Set<LocalDate> holidays) {
        List<DayForecast> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = from.plusDays(i);
            days.add(day(date, holidays.contains(date)));
        }
        return days;
    }

    int learnedDays() {
        return learnedDays;
    }

    /** The expected day totals by weekday, for a reader who wants to see the pattern. */
    Map<DayOfWeek, Double> weekdayIndex() {
        Map<DayOfWeek, Double> index = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            index.put(d, weekdayIndex[d.getValue() - 1]);
        }
        return index;
    }

    static LocalTime slotStart(int slot) {
        return LocalTime.MIDNIGHT.plusMinutes(15L * slot);
    }
}
