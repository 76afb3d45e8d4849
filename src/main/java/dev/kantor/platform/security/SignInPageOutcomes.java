package dev.kantor.platform.security;

import java.io.IOException;
import java.time.Clock;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where the sign-in form leads. A success records when the person signed in, then leads to the
 * page they asked for, or to the password change when an admin gave them a temporary password.
 * A failure goes back to the form, which says either that the name or password was wrong or,
 * when there were too many failures, how long to wait.
 */
final class SignInPageOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final UserAccounts accounts;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInPageOutcomes(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        onwards.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        accounts.signedIn(authentication.getName(), clock.instant());
        if (authentication.getPrincipal() instanceof KantorUser user && user.passwordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + AccountStanding.CHANGE_PAGE);
            return;
        }
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String query = e instanceof SignInThrottled throttled ? "throttled=" + throttled.waitSeconds() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
