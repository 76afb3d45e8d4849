package dev.kantor.platform.security.tokens;

import java.time.Instant;
import java.util.List;

import dev.kantor.platform.security.Role;

/**
 * An integration's account as admins see it: its name (audited as {@code service:<name>}), what it is
 * for, the role it acts with, and its tokens.
 */
public record ServiceAccountView(
        long id,
        String name,
        String description,
        Role role,
        boolean enabled,
        Instant createdAt,
        String createdBy,
        List<ApiTokenView> tokens) {

    /** The name its work is recorded under in the audit trail and everywhere else. */
    public String principal() {
        return ServiceAccounts.PRINCIPAL_PREFIX + name;
    }
}
