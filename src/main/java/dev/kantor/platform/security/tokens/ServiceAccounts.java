package dev.kantor.platform.security.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for other systems (a telephone system, a shop, a payroll tool): admins make them, give
 * each a role, and hand out tokens for them. A service account has no password and no pages; it
 * calls the API with its tokens, and what it does is audited as {@code service:<name>}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ServiceAccounts {

    /** What a service account's name is prefixed with wherever Kantor records who did something. */
    public static final String PRINCIPAL_PREFIX = "service:";

    static final String AUDITED = "service-account";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApiTokens tokens;

    ServiceAccounts(JdbcClient jdbc, Clock clock, AuditTrail audit, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.tokens = tokens;
    }

    /** Every service account with its tokens, by name. */
    @Transactional(readOnly = true)
    public List<ServiceAccountView> all() {
        return jdbc
                .sql("select * from service_account order by name")
                .query((rs, n) -> new ServiceAccountView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("description"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        List.of()))
                .list()
                .stream()
                .map(a -> new ServiceAccountView(
                        a.id(),
                        a.name(),
                        a.description(),
                        a.role(),
                        a.enabled(),
                        a.createdAt(),
                        a.createdBy(),
                        tokens.ofServiceAccount(a.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ServiceAccountView one(long id) {
        return all().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("service-accounts.not-found"));
    }

    /**
     * @param name lower-case letters, digits and dashes (2 to 40), unique
     */
    public ServiceAccountView create(String name, String description, String role) {
        InputCheck check = new InputCheck()
                .required("name", name, 40)
                .matches("name", name, NAME, "service-accounts.name-shape")
                .maxLength("description", description, 300)
                .required("role", role);
        Role chosen = null;
        try {
            chosen = role == null ? null : Role.valueOf(role.trim());
        } catch (IllegalArgumentException e) {
            check.add("role", "service-accounts.role-unknown");
        }
        check.throwIfAny();
        if (jdbc.sql("select count(*) from service_account where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0) {
            throw InvalidInput.of("name", "service-accounts.name-taken");
        }
        jdbc.sql(
                        """
                insert into service_account (name, description, role, enabled, created_at, created_by)
                values (?, ?, ?, true, ?, ?)""")
                .params(
                        name,
                        description == null || description.isBlank() ? null : description.trim(),
                        chosen.name(),
                        Timestamp.from(clock.instant()),
                        CurrentUser.username())
                .update();
        long id = jdbc.sql("select id from service_account where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("role", chosen.name());
        audit.created(AUDITED, id, name, facts);
        return one(id);
    }

    /** A new token for the service account: its secret is in the answer, this once. */
    public NewToken createToken(long serviceAccountId, String name, Integer days, Collection<String> scopes) {
        one(serviceAccountId);
        return tokens.createFor(serviceAccountId, name, days, scopes);
    }

    public void revokeToken(long serviceAccountId, long tokenId) {
        one(serviceAccountId);
        tokens.revokeOfServiceAccount(serviceAccountId, tokenId);
    }

    /** Disables the account: every token of it is refused from the next request on. */
    public void disable(long serviceAccountId) {
        ServiceAccountView account = one(serviceAccountId);
        if (jdbc.sql("update service_account set enabled = false where id = ? and enabled")
                        .param(serviceAccountId)
                        .update()
                == 1) {
            audit.noted(AUDITED, serviceAccountId, account.name(), AuditAction.DEACTIVATED, Map.of("enabled", "false"));
        }
    }
}
