package dev.kantor.people.importing;

import dev.kantor.people.EmployeeDetails;

/**
 * One checked line of an employee file, ready to be stored.
 *
 * @param details        what HR would enter, with the manager when they are already employed
 * @param managerInFile  the e-mail address of a manager hired by another line of the same file, or
 *                       null: linked once both are stored, so that the order of lines does not matter
 */
public record NewHire(EmployeeDetails details, String managerInFile) {}
