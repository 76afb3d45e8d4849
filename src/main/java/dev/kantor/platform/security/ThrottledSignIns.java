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
        SignInThrottle.Attempt attempt = throttle.begin(username, address, knownPassword(authentication));
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
