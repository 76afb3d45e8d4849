package dev.kantor.platform.security.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, listing and revoking API tokens: a person's own, and (for admins) a service account's.
 * A token has a name, an expiry within {@code kantor.api.tokens.max-days} (a year) and at least one
 * scope; its secret is answered once and only its SHA-256 is kept. Making and revoking are audited.
 */
@Service
@Transactional
public class ApiTokens {

    static final String AUDITED = "api-token";
    static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final int maxDays;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, @Value("${kantor.api.tokens.max-days:365}") int maxDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.maxDays = maxDays;
    }

    /** The longest a token may live, in days. */
    public int maxDays() {
        return maxDays;
    }

    /** A new token for the signed-in person, acting with their role narrowed to {@code scopes}. */
    public NewToken createOwn(String name, Integer days, Collection<String> scopes) {
        String username = CurrentUser.get()
                .map(user -> user.getUsername())
                .orElseThrow(() -> new KantorException(KantorException.Kind.FORBIDDEN, "tokens.people-only"));
        if (username.startsWith(ServiceAccounts.PRINCIPAL_PREFIX)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "tokens.people-only");
        }
        return create(username, null, TokenSecrets.PERSONAL, name, days, scopes);
    }

    /** The signed-in person's tokens, newest first, revoked and expired ones too. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> own() {
        return jdbc.sql("select * from api_token where owner_username = ? order by created_at desc, id desc")
                .param(CurrentUser.username())
                .query((rs, n) -> view(rs))
                .list();
    }

    /** Revokes one of the signed-in person's tokens: refused from the next request on, on every node. */
    public void revokeOwn(long tokenId) {
        revoke(tokenId, "owner_username = ?", CurrentUser.username());
    }

    NewToken createFor(long serviceAccountId, String name, Integer days, Collection<String> scopes) {
        return create(null, serviceAccountId, TokenSecrets.SERVICE, name, days, scopes);
    }

    List<ApiTokenView> ofServiceAccount(long serviceAccountId) {
        return jdbc.sql("select * from api_token where service_account_id = ? order by created_at desc, id desc")
                .param(serviceAccountId)
                .query((rs, n) -> view(rs))
                .list();
    }

    void revokeOfServiceAccount(long serviceAccountId, long tokenId) {
        revoke(tokenId, "service_account_id = ?", serviceAccountId);
    }

    private NewToken create(
            String owner, Long serviceAccountId, String prefix, String name, Integer days, Collection<String> codes) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        InputCheck check = new InputCheck().required("name", name, MAX_NAME).required("days", days);
        if (days != null) {
            check.range("days", days, 1, maxDays);
        }
        for (String code : codes == null ? List.<String>of() : codes) {
            TokenScope.ofCode(code).ifPresentOrElse(scopes::add, () -> check.add("scopes", "tokens.scope-unknown"));
        }
        check.that(!scopes.isEmpty(), "scopes", "tokens.scope-required");
        check.throwIfAny();
        String secret = TokenSecrets.newSecret(prefix);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql(
                        """
                insert into api_token (owner_username, service_account_id, name, prefix, secret_hash, scopes,
                                       created_at, created_by, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        owner,
                        serviceAccountId,
                        name.trim(),
                        TokenSecrets.shown(secret),
                        TokenSecrets.hash(secret),
                        TokenScope.store(scopes),
                        Timestamp.from(now),
                        CurrentUser.username(),
                        Timestamp.from(expires))
                .update();
        long id = jdbc.sql("select id from api_token where secret_hash = ?")
                .param(TokenSecrets.hash(secret))
                .query(Long.class)
                .single();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("owner", owner != null ? owner : "service-account " + serviceAccountId);
        facts.put("scopes", TokenScope.store(scopes));
        facts.put("expiresAt", expires.toString());
        audit.created(AUDITED, id, name.trim(), facts);
        ApiTokenView view = jdbc.sql("select * from api_token where id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .single();
        return new NewToken(view, secret);
    }

    private void revoke(long tokenId, String ownedBy, Object owner) {
        String name = jdbc.sql("select name from api_token where id = ? and " + ownedBy)
                .params(tokenId, owner)
                .query(String.class)
                .optional()
                .orElseThrow(() -> KantorException.notFound("tokens.not-found"));
        int revoked = jdbc.sql(
                        "update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.username(), tokenId)
                .update();
        if (revoked == 1) {
            audit.noted(AUDITED, tokenId, name, AuditAction.DEACTIVATED, Map.of("revoked", "true"));
        }
    }

    private ApiTokenView view(ResultSet rs) throws SQLException {
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        Instant revoked = instant(rs.getTimestamp("revoked_at"));
        return new ApiTokenView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("prefix"),
                TokenScope.parse(rs.getString("scopes")).stream()
                        .map(TokenScope::code)
                        .toList(),
                rs.getTimestamp("created_at").toInstant(),
                expires,
                instant(rs.getTimestamp("last_used_at")),
                revoked,
                revoked == null && expires.isAfter(clock.instant()));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
