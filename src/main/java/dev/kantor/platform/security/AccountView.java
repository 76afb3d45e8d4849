package dev.kantor.platform.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An account as the accounts page and the API show it.
 *
 * @param person       the full name of the employee the account belongs to; null for none
 * @param lastSignInAt the last sign-in with the form; null if never
 */
public record AccountView(
        String username,
        Role role,
        Long employeeId,
        String person,
        boolean enabled,
        boolean mustChangePassword,
        Instant lastSignInAt) {

    /** The last sign-in on the server's clock, as pages show it; null if never. */
    public LocalDateTime lastSignInLocal() {
        return lastSignInAt == null ? null : LocalDateTime.ofInstant(lastSignInAt, ZoneId.systemDefault());
    }

    static AccountView of(Account account, String person) {
        return new AccountView(
                account.username(),
                account.role(),
                account.employeeId(),
                person,
                account.enabled(),
                account.mustChangePassword(),
                account.lastSignInAt());
    }
}
