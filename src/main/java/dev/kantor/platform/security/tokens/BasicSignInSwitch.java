package dev.kantor.platform.security.tokens;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.security.ProblemSecurityResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic (a person's username and password on every call) is on unless
 * {@code kantor.api.basic-auth.enabled=false}; when it is off, a request that sends Basic
 * credentials is refused with 401 before any password is looked at, and the way in is a token.
 */
public final class BasicSignInSwitch extends OncePerRequestFilter {

    private final boolean enabled;
    private final ProblemSecurityResponses problems;

    public BasicSignInSwitch(boolean enabled, ProblemSecurityResponses problems) {
        this.enabled = enabled;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!enabled && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Kantor\"");
            problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "basic-auth-off", "error.basic-auth-off");
            return;
        }
        chain.doFilter(request, response);
    }
}
