package dev.kantor.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Opens package-private security pieces to tests elsewhere. */
public final class SecurityTestAccess {

    private SecurityTestAccess() {}

    public static PasswordEncoder rememberingMatches(PasswordEncoder delegate) {
        return new RecentlyVerifiedPasswords(delegate);
    }
}
