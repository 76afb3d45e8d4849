package dev.kantor.service.focus;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly span of uninterrupted work, for one person or for a whole department.
 *
 * @param employeeId   the person, or null for a department's window
 * @param departmentId the department, or null for a person's window
 */
public record FocusWindow(
        long id, Long employeeId, Long departmentId, DayOfWeek day, LocalTime starts, LocalTime ends) {

    /** Whether a local moment falls inside: from its start, up to (not including) its end. */
    public boolean covers(DayOfWeek on, LocalTime at) {
        return day == on && !at.isBefore(starts) && at.isBefore(ends);
    }
}
