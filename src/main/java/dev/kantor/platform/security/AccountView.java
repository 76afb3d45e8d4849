package dev.kantor.platform.security;

import java.time.Instant;

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
