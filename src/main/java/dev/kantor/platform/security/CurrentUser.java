package dev.kantor.platform.security;

import java.util.Optional;

import dev.kantor.platform.KantorException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request. */
public final class CurrentUser {

    /** The name recorded for work done by Kantor itself, such as loading demo data. */
    public static final String SYSTEM = "system";

    private CurrentUser() {}

    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    /**
     * The employee the signed-in account belongs to, for work only an employee can do; an account
     * that is nobody's (a bare admin, say) is refused with {@code refusalKey}, the message saying
     * what that account cannot do.
     */
    public static long employeeId(String refusalKey) {
        return get().map(KantorUser::employeeId)
                .orElseThrow(() -> new KantorException(KantorException.Kind.FORBIDDEN, refusalKey));
    }

    public static Optional<KantorUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KantorUser user ? Optional.of(user) : Optional.empty();
    }
}
