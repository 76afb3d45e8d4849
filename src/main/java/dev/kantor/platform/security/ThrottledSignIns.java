package dev.kantor.platform.security;

import dev.kantor.platform.InputCheck;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password (sign-in form and HTTP Basic alike), but only while the
 * account and the client address have tries left ({@link SignInThrottle}); every refusal counts
 * against both. A disabled account is refused before its password is looked at, so a password
 * remembered as right never lets a disabled account in.
 */
class ThrottledSignIns implements AuthenticationProvider {

    /** Locks striped by username: a few accounts may share one, none waits long. */
    private static final Object[] VERIFYING = new Object[64];

    static {
        for (int i = 0; i < VERIFYING.length; i++) {
            VERIFYING[i] = new Object();
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    ThrottledSignIns(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (!InputCheck.isStorable(username)) {
            // no account has such a name, and the database would refuse to even look it up
            throw new BadCredentialsException("no such account");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (knownPassword(authentication)) {
            return check(authentication, throttle.begin(username, address, true));
        }
        // one check of a password at a time per account on this node: requests that arrive together
        // with the same right password (a client's parallel calls, every minute when the remembered
        // password runs out) would otherwise take the account's tries between them and be refused
        synchronized (VERIFYING[Math.floorMod(username.hashCode(), VERIFYING.length)]) {
            boolean known = knownPassword(authentication);
            return check(authentication, throttle.begin(username, address, known));
        }
    }

    private Authentication check(Authentication authentication, SignInThrottle.Attempt attempt) {
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            attempt.abandoned();
            throw e;
        } catch (AuthenticationException e) {
            attempt.failed();
            throw e;
        }
        attempt.succeeded();
        return result;
    }

    /** A password that matched this enabled account within the last minute: no guess, no bcrypt. */
    private boolean knownPassword(Authentication authentication) {
        if (!(encoder instanceof RecentlyVerifiedPasswords remembered)
                || !(authentication.getCredentials() instanceof CharSequence password)) {
            return false;
        }
        return accounts.find(authentication.getName())
                .filter(KantorUser::isEnabled)
                .map(user -> remembered.remembers(password, user.getPassword()))
                .orElse(false);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
