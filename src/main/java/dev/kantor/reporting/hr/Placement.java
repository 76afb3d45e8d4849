package dev.kantor.reporting.hr;

import java.time.LocalDate;

import dev.kantor.people.Office;

/**
 * One stretch of an employee's time in one office, department and position.
 *
 * @param from  the first day (inclusive)
 * @param until the day it stopped (exclusive), or null while it lasts
 */
record Placement(long employeeId, LocalDate from, LocalDate until, Office office, long departmentId, long positionId) {

    /**
     * The office a directory entry is placed in: its position's (front or back), since hybrid is measured from
     * the last 30 days' customer contact and is not a placement.
     */
    static Office placedOffice(Office office) {
        return office == Office.HYBRID ? Office.BACK : office;
    }

    /** Whether the employee was placed here on the day. */
    boolean holds(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    /** Whether it is in the same office, department and position as another. */
    boolean samePlaceAs(Placement other) {
        return office == other.office && departmentId == other.departmentId && positionId == other.positionId;
    }
}
