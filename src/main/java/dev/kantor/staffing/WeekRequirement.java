package dev.kantor.staffing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The staffing requirement of one queue for one week, Monday to Sunday, as
 * {@link StaffingRequirements} computes it: seven {@link DayRequirement days}, each with its
 * opening hours and the agents every 15-minute interval needs. Immutable.
 *
 * @param queueId the queue
 * @param monday  the first day of the week
 * @param days    the seven days from {@code monday}, in order; a day the queue is closed has no intervals
 */
public record WeekRequirement(long queueId, LocalDate monday, List<DayRequirement> days) {

    public WeekRequirement {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
        days = List.copyOf(days);
        if (days.size() != 7) {
            throw new IllegalArgumentException("a week has seven days: " + days.size());
        }
        for (int i = 0; i < 7; i++) {
            if (!days.get(i).date().equals(monday.plusDays(i))) {
                throw new IllegalArgumentException("the days of the week from Monday, in order");
            }
        }
    }

    /** The requirement of one day of the week. */
    public DayRequirement on(DayOfWeek day) {
        return days.get(day.getValue() - 1);
    }
}
