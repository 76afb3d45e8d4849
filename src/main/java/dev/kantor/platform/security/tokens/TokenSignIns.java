package dev.kantor.platform.security.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.platform.allowance.StoredAllowances;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who a bearer token is, asked on every request: its row is read each time (no cache), so that a
 * token revoked or expired, a person's account disabled or a service account disabled is refused
 * from the very next request on every node. Each token has an allowance of requests
 * ({@code kantor.api.tokens.requests-per-minute}, 600, given back whole each minute since its first
 * use), kept in the database as the sign-in
 * allowances are ({@link StoredAllowances}), so that all nodes count against the same one.
 */
@Component
public class TokenSignIns {

    static final String TABLE = "api_token_allowance";
    /** When a token was last used is written at most this often per node: a busy client costs no write per call. */
    private static final Duration NOTE_USE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StoredAllowances allowances;
    private final BucketConfiguration perToken;
    private final Map<Long, Long> notedAt = new ConcurrentHashMap<>();

    TokenSignIns(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kantor.api.tokens.requests-per-minute:600}") int requestsPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.allowances = new StoredAllowances(jdbc, clock, TABLE);
        this.perToken = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerMinute)
                        .refillIntervally(requestsPerMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /** A token that lets its holder in now: not revoked, not expired, its account enabled. */
    public record Holder(long tokenId, KantorUser user, Set<TokenScope> scopes) {

        /** Whether the token's scopes cover this request (its role is checked afterwards). */
        public boolean allows(String method, String path) {
            return TokenScope.allow(scopes, method, path);
        }
    }

    /** The holder of this secret, if it is a token that lets anyone in right now. */
    public Optional<Holder> holder(String secret) {
        if (!TokenSecrets.looksLikeToken(secret)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                select t.id, t.scopes, t.owner_username, u.role as person_role, u.employee_id,
                       u.must_change_password, s.name as service_name, s.role as service_role
                from api_token t
                left join user_account u on u.username = t.owner_username and u.enabled
                left join service_account s on s.id = t.service_account_id and s.enabled
                where t.secret_hash = ? and t.revoked_at is null and t.expires_at > ?
                  and (u.username is not null or s.id is not null)""")
                .params(TokenSecrets.hash(secret), Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    String person = rs.getString("owner_username");
                    KantorUser user = person != null
                            ? KantorUser.viaToken(
                                    person,
                                    Role.valueOf(rs.getString("person_role")),
                                    (Long) rs.getObject("employee_id", Long.class),
                                    rs.getBoolean("must_change_password"))
                            : KantorUser.viaToken(
                                    ServiceAccounts.PRINCIPAL_PREFIX + rs.getString("service_name"),
                                    Role.valueOf(rs.getString("service_role")),
                                    null,
                                    false);
                    return new Holder(rs.getLong("id"), user, TokenScope.parse(rs.getString("scopes")));
                })
                .optional();
    }

    /**
     * Takes one request from the token's allowance.
     *
     * @return empty when the request may go on, else how long to wait
     */
    public Optional<Duration> take(long tokenId) {
        ConsumptionProbe probe =
                allowances.builder().build("token:" + tokenId, () -> perToken).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Notes that the token was used now, written at most once a minute per token on this node. */
    public void used(long tokenId) {
        long now = System.nanoTime();
        Long last = notedAt.get(tokenId);
        if (last != null && now - last < NOTE_USE_EVERY.toNanos()) {
            return;
        }
        if (notedAt.size() > 10_000) {
            notedAt.clear();
        }
        notedAt.put(tokenId, now);
        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), tokenId)
                .update();
    }

    /** Forgets allowances left alone for longer than they take to fill up (a minute): they are full again. */
    @Scheduled(fixedDelayString = "${kantor.api.tokens.allowance-clean-up:PT10M}")
    int forgetQuietAllowances() {
        return allowances.forgetIdle(Duration.ofMinutes(2));
    }
}
