package dev.kantor.platform.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: the account or the address must wait. */
class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins; try again in " + wait);
        this.wait = wait;
    }

    /** Whole seconds to wait, rounded up, at least one: what Retry-After and the sign-in page say. */
    long waitSeconds() {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
