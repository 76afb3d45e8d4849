package dev.kantor.assessment.taking;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

/**
 * Who is asking to see a result: the employee they are (null for an account that is nobody's) and
 * whether they have the HR role.
 */
public record Reader(Long employeeId, boolean hr) {

    /** The signed-in person; nobody's and not HR when nobody is signed in. */
    public static Reader current() {
        return CurrentUser.get()
                .map(user -> new Reader(user.employeeId(), user.role() == Role.HR))
                .orElse(new Reader(null, false));
    }

    static Reader of(KantorUser user) {
        return new Reader(user.employeeId(), user.role() == Role.HR);
    }
}
