package dev.kantor.platform.security;

import java.util.Collection;
import java.util.Map;

/**
 * The people accounts belong to, as the module that keeps employees knows them. Security asks
 * for names to show on the accounts page and whether an employee still works here, so that an
 * admin does not let a former employee back in while their employee record says they left.
 */
public interface AccountHolders {

    /** The full names of these employees, by id; an id that names nobody is left out. */
    Map<Long, String> namesOf(Collection<Long> employeeIds);

    /** Whether the employee is active (still works here). */
    boolean isActive(long employeeId);
}
