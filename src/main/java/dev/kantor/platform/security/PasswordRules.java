package dev.kantor.platform.security;

import java.nio.charset.StandardCharsets;

import dev.kantor.platform.InputCheck;

/**
 * What a password must be: long enough to resist guessing, short enough for bcrypt (which
 * reads at most 72 bytes), and not the account's name.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private PasswordRules() {}

    static InputCheck check(InputCheck check, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return check.add(field, "validation.required");
        }
        if (password.length() < MIN_LENGTH) {
            return check.add(field, "validation.password-too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return check.add(field, "validation.password-too-long", MAX_LENGTH);
        }
        return check.that(!password.equalsIgnoreCase(username), field, "validation.password-is-username");
    }
}
