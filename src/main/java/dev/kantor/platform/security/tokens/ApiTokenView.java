package dev.kantor.platform.security.tokens;

import java.time.Instant;
import java.util.List;

/**
 * An API token as its owner (or an admin) sees it again: never its secret, only its first characters.
 *
 * @param shown      the start of the token, e.g. {@code kantor_pat_Ab3d}, to tell tokens apart
 * @param lastUsedAt the last request made with it (to the minute); null if never used
 * @param revokedAt  when it was revoked; null while it is not
 */
public record ApiTokenView(
        long id,
        String name,
        String shown,
        List<String> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean active) {}
