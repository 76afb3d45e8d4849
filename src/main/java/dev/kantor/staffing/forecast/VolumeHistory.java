package dev.kantor.staffing.forecast;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.staffing.IntervalVolume;

/**
 * A queue's contact history as days of 96 quarter-hour slots in the business's time zone. Days
 * from the first to the last with data are known; an interval without a record had no contacts.
 */
final class VolumeHistory {

    static final int SLOTS = 96;

    /** Contacts per slot, and handling seconds × contacts where the handling time is known. */
    private record Day(double[] contacts, double[] handling, double[] handled) {
        Day() {
            this(new double[SLOTS], new double[SLOTS], new double[SLOTS]);
        }
    }

    private final TreeMap<LocalDate, Day> days = new TreeMap<>();

    VolumeHistory(Collection<IntervalVolume> volumes, ZoneId zone) {
        for (IntervalVolume v : volumes) {
            ZonedDateTime local = v.start().atZone(zone);
            int slot = (local.getHour() * 60 + local.getMinute()) / 15;
            Day day = days.computeIfAbsent(local.toLocalDate(), d -> new Day());
            day.contacts[slot] += v.contacts();
            if (v.ahtSeconds() != null && v.contacts() > 0) {
                day.handling[slot] += v.ahtSeconds() * v.contacts();
                day.handled[slot] += v.contacts();
            }
        }
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    LocalDate first() {
        return days.firstKey();
    }

    LocalDate last() {
        return days.lastKey();
    }

    /** Whether the date lies within the history, so that no record means no contacts. */
    boolean knows(LocalDate date) {
        return !days.isEmpty() && !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The contacts of each slot of a known day (zeros when it had none). */
    double[] contacts(LocalDate date) {
        Day day = days.get(date);
        return day == null ? new double[SLOTS] : day.contacts.clone();
    }

    double total(LocalDate date) {
        Day day = days.get(date);
        double sum = 0;
        if (day != null) {
            for (double c : day.contacts) {
                sum += c;
            }
        }
        return sum;
    }

    /** Handling seconds × contacts and contacts with a known handling time, per slot, summed over the dates. */
    void addHandling(LocalDate date, double[] handling, double[] handled) {
        Day day = days.get(date);
        if (day != null) {
            for (int s = 0; s < SLOTS; s++) {
                handling[s] += day.handling[s];
                handled[s] += day.handled[s];
            }
        }
    }

    Map<LocalDate, Double> totals() {
        Map<LocalDate, Double> totals = new TreeMap<>();
        days.keySet().forEach(d -> totals.put(d, total(d)));
        return totals;
    }
}
