package dev.kantor.platform.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An account as admins see it: who signs in with it, with which role, for which employee, whether
 * it may sign in, and when its person last signed in with the sign-in form.
 *
 * @param disabledWithEmployee disabled because its employee was deactivated, so that reactivating
 *                             the employee enables it again
 * @param mustChangePassword   the password is a temporary one an admin gave out
 * @param lastSignInAt         the last sign-in with the form; null if never (API calls do not count)
 */
public record Account(
        long id,
        String username,
        Role role,
        Long employeeId,
        boolean enabled,
        boolean disabledWithEmployee,
        boolean mustChangePassword,
        Instant lastSignInAt) {

    /** What the audit trail compares before and after a change. */
    Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("role", role.name());
        snapshot.put("enabled", String.valueOf(enabled));
        snapshot.put("mustChangePassword", String.valueOf(mustChangePassword));
        return snapshot;
    }
}
