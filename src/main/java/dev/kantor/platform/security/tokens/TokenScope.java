package dev.kantor.platform.security.tokens;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do, on top of what its holder's role allows: a token acts with the role's
 * rights narrowed to its scopes, never more. {@link #READ} lets it read (GET and HEAD) everything
 * the role may read; each other scope lets it change one part of Kantor. No scope reaches accounts,
 * passwords, tokens or service accounts: a token never makes another token.
 */
public enum TokenScope {
    /** Reading: GET and HEAD anywhere in the API the role may read. */
    READ(List.of()),
    /** Changing cases, customers, approvals, handoffs, canned replies and service targets. */
    CASES(List.of(
            "/api/cases",
            "/api/customers",
            "/api/approvals",
            "/api/handoffs",
            "/api/canned-replies",
            "/api/case-views",
            "/api/delegations",
            "/api/service-targets",
            "/api/topics")),
    /** Changing internal service requests. */
    SERVICE(List.of("/api/service")),
    /** Changing queues, forecasts, schedules and the floor. */
    SCHEDULES(List.of("/api/scheduling", "/api/staffing", "/api/floor")),
    /** Changing employees, departments, positions and skills. */
    PEOPLE(List.of("/api/people", "/api/departments", "/api/positions", "/api/skills"));

    /** Where no token goes, whatever its scopes: the ways in themselves. */
    static final List<String> NEVER = List.of("/api/account", "/api/accounts", "/api/service-accounts");

    private final List<String> changes;

    TokenScope(List<String> changes) {
        this.changes = changes;
    }

    /** The scope's name in the API and on the pages: {@code read}, {@code cases}... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TokenScope> ofCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static Set<TokenScope> parse(String stored) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String code : stored.split(",")) {
            ofCode(code).ifPresent(scopes::add);
        }
        return scopes;
    }

    static String store(Set<TokenScope> scopes) {
        return String.join(",", scopes.stream().sorted().map(TokenScope::code).toList());
    }

    /**
     * Whether a token with these scopes may make this request (the role is checked afterwards).
     *
     * @param path the path within the application, e.g. {@code /api/cases/12/notes}
     */
    static boolean allow(Set<TokenScope> scopes, String method, String path) {
        if (NEVER.stream().anyMatch(prefix -> under(path, prefix))) {
            return false;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return scopes.contains(READ);
        }
        if ("OPTIONS".equals(method)) {
            return true;
        }
        return scopes.stream().anyMatch(scope -> scope.changes.stream().anyMatch(prefix -> under(path, prefix)));
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
