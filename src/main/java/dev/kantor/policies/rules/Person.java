package dev.kantor.policies.rules;

import java.util.Objects;

import dev.kantor.people.Office;

/**
 * An employee as the policies' rule sees them: where they work.
 *
 * @param office FRONT, BACK or HYBRID
 */
public record Person(long employeeId, long positionId, long departmentId, Office office) {

    public Person {
        Objects.requireNonNull(office, "office");
    }

    /** The same person in another position (which may bring another department and office). */
    public Person movedTo(long newPositionId, long newDepartmentId, Office newOffice) {
        return new Person(employeeId, newPositionId, newDepartmentId, newOffice);
    }
}
