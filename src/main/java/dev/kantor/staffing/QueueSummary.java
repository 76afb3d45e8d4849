package dev.kantor.staffing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import dev.kantor.calendar.OpeningHours;

/**
 * A work queue as other modules see it: what it is called, how contacts reach it, when it is open
 * and how long a contact takes to handle.
 *
 * @param id         its id, as {@link StaffingRequirements} and the REST API take it
 * @param name       its name, unique regardless of case
 * @param channel    how contacts reach it
 * @param hours      opening hours per weekday; a weekday absent is closed. Closing at 00:00 means midnight.
 * @param ahtSeconds average handling time of a contact, in seconds, as the manager set it
 */
public record QueueSummary(
        long id, String name, QueueChannel channel, Map<DayOfWeek, OpeningHours> hours, double ahtSeconds) {

    public QueueSummary {
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    /** The weekday's opening hours; null when the queue is closed that day. */
    public OpeningHours hoursOn(DayOfWeek day) {
        return hours.get(day);
    }

    /** Whether the queue takes contacts in the 15-minute interval starting at {@code start} on {@code day}. */
    public boolean isOpen(DayOfWeek day, LocalTime start) {
        OpeningHours h = hours.get(day);
        if (h == null) {
            return false;
        }
        int second = start.toSecondOfDay();
        int closes =
                h.closes().equals(LocalTime.MIDNIGHT) ? 24 * 3600 : h.closes().toSecondOfDay();
        return second >= h.opens().toSecondOfDay() && second < closes;
    }
}
