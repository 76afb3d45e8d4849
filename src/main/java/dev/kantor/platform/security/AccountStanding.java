package dev.kantor.platform.security;

import java.io.IOException;
import java.util.List;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every request of a signed-in person, that their account still lets them in:
 * <ul>
 * <li>a session whose account has been disabled since it began ends here, whichever node serves
 * it (disabling also deletes the sessions; this closes the gap of a sign-in finishing meanwhile);</li>
 * <li>a person with a temporary password goes to the page where they choose their own, before
 * anything else.</li>
 * </ul>
 */
final class AccountStanding extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    static final String CHANGE_API = "/api/account/password";
    /** What a person with a temporary password may reach: the change itself, signing out, and what pages need. */
    private static final List<String> WHILE_CHANGING =
            List.of(CHANGE_PAGE, CHANGE_API, "/logout", "/login", "/language", "/error");

    private static final List<String> ASSETS = List.of("/css/", "/js/", "/webjars/", "/favicon");

    private final UserAccounts accounts;
    private final ProblemSecurityResponses problems;

    AccountStanding(UserAccounts accounts, ProblemSecurityResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KantorUser user) {
            if (disabled(user)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                // with no one signed in, the rules that follow send the browser to the sign-in page
                SecurityContextHolder.clearContext();
            } else if (user.passwordChangeRequired() && !reachableWhileChanging(request)) {
                refer(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean disabled(KantorUser user) {
        return accounts.find(user.getUsername())
                .map(account -> !account.isEnabled())
                .orElse(false);
    }

    private static boolean reachableWhileChanging(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WHILE_CHANGING.contains(path) || ASSETS.stream().anyMatch(path::startsWith);
    }

    private void refer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            problems.passwordChangeRequired(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            // a page's polling (presence, handoffs) gets nothing rather than the change page swapped in
            response.setStatus(HttpStatus.NO_CONTENT.value());
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }
}
