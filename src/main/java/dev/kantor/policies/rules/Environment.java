package dev.kantor.policies.rules;

import dev.kantor.people.Office;

/**
 * A work environment the matrix has a column for: an office (front, back) or a department.
 *
 * @param office the office, for an office's column
 * @param departmentId the department, for a department's column
 */
public record Environment(Office office, Long departmentId) {

    public Environment {
        if ((office == null) == (departmentId == null)) {
            throw new IllegalArgumentException("An environment is an office or a department");
        }
    }

    public static Environment of(Office office) {
        return new Environment(office, null);
    }

    public static Environment department(long departmentId) {
        return new Environment(null, departmentId);
    }

    /** Whether a version's scope covers the whole environment (exceptions for positions or people do not). */
    boolean covers(Scope scope) {
        return switch (scope.kind()) {
            case EVERYONE -> true;
            case OFFICE -> office != null && scope.offices().contains(office);
            case DEPARTMENTS -> departmentId != null && scope.ids().contains(departmentId);
            case POSITIONS, EMPLOYEES -> false;
        };
    }
}
