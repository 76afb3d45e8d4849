package dev.kantor.platform.security.tokens;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.ProblemSecurityResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}: an unknown, revoked or expired
 * token gets 401, a token past its allowance 429 with Retry-After, a request its scopes do not cover
 * 403; otherwise the request goes on as the token's holder, whose role the rest of Kantor checks as
 * for anyone. Requests without a bearer token pass through untouched.
 */
public final class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenSignIns signIns;
    private final ProblemSecurityResponses problems;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    public BearerTokens(TokenSignIns signIns, ProblemSecurityResponses problems) {
        this.signIns = signIns;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenSignIns.Holder> found =
                signIns.holder(header.substring(BEARER.length()).trim());
        if (found.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Kantor\", error=\"invalid_token\"");
            problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "error.token-invalid");
            return;
        }
        TokenSignIns.Holder holder = found.get();
        Optional<Duration> wait = signIns.take(holder.tokenId());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.refuse(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-requests",
                    "error.token-throttled",
                    seconds);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!holder.allows(request.getMethod(), path)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Kantor\", error=\"insufficient_scope\"");
            problems.refuse(request, response, HttpStatus.FORBIDDEN, "insufficient-scope", "error.token-scope");
            return;
        }
        signIns.used(holder.tokenId());
        KantorUser user = holder.user();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
