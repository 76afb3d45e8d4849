package dev.kantor.scheduling.mine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds, one per person: a token of 32 random bytes is given once and only its
 * SHA-256 hash is kept, so that the database alone does not open anyone's feed. Making a new one
 * replaces the old, which stops working at once; revoking removes it.
 */
@Component
@Transactional
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A feed of someone's own. */
    record Feed(long employeeId, Locale language, Instant createdAt) {}

    /** Makes (or renews) the person's feed; answers its token, which is not kept. */
    String renew(long employeeId, Locale language) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from schedule_feed where employee_id = ?")
                .param(employeeId)
                .update();
        jdbc.sql("insert into schedule_feed (employee_id, token_hash, language, created_at) values (?, ?, ?, ?)")
                .params(employeeId, hash(token), language.getLanguage(), Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** Stops the person's feed. */
    void revoke(long employeeId) {
        jdbc.sql("delete from schedule_feed where employee_id = ?")
                .param(employeeId)
                .update();
    }

    @Transactional(readOnly = true)
    Optional<Feed> of(long employeeId) {
        return jdbc.sql("select employee_id, language, created_at from schedule_feed where employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new Feed(
                        rs.getLong(1),
                        Locale.forLanguageTag(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** The feed a token opens; empty for a token nobody has (or one revoked or renewed since). */
    @Transactional(readOnly = true)
    Optional<Feed> opened(String token) {
        if (token == null || token.length() < 40 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select employee_id, language, created_at from schedule_feed where token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Feed(
                        rs.getLong(1),
                        Locale.forLanguageTag(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
