package dev.kantor.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** The sign-in of the current request's person, as their session keeps it. */
public final class SignedInPerson {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SignedInPerson() {}

    /**
     * The person chose their own password: their session stops sending them to the change page.
     * The session (in the database, for every node) keeps the updated sign-in.
     */
    public static void choseOwnPassword(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof KantorUser user) || !user.passwordChangeRequired()) {
            return;
        }
        KantorUser updated = user.withOwnPassword();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            SESSIONS.saveContext(context, request, response);
        }
    }

    /** Whether the person signed in with a temporary password they have yet to replace. */
    public static boolean mustChangePassword() {
        return CurrentUser.get().map(KantorUser::passwordChangeRequired).orElse(false);
    }
}
