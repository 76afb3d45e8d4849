package dev.kantor.people.importing;

import dev.kantor.people.EmployeeDetails;

/**
 * One line read into what HR would enter for the employee, without a manager yet.
 *
 * @param managerEmail the manager_email column in lower case, or null
 */
record ImportedRow(long line, EmployeeDetails details, String managerEmail) {

    String email() {
        return details.normalizedEmail();
    }
}
