package dev.kantor.floor.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private links to the wall view of the live board, one per screen on the floor. A token of 32 random
 * bytes is shown once, when the link is made; only its SHA-256 hash is kept, as for calendar feeds, so
 * the database alone opens no wall. A revoked link stops at once. Making and revoking are audited.
 */
@Component
@Transactional
class WallLinks {

    static final String AUDITED = "floor-wall-link";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    WallLinks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A wall link, without its token. */
    record WallLink(long id, String label, String createdBy, Instant createdAt) {}

    /** A link just made: the only time its token is known. */
    record NewWallLink(WallLink link, String token) {}

    /**
     * Makes a link for a screen named {@code label}.
     *
     * @throws dev.kantor.platform.InvalidInput naming {@code label} when it is blank or too long
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    NewWallLink make(String label) {
        String name = label == null ? "" : label.strip();
        new InputCheck().required("label", name, 100).throwIfAny();
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        String by = CurrentUser.username();
        jdbc.sql("insert into floor_wall_link (token_hash, label, created_by, created_at) values (?, ?, ?, ?)")
                .params(hash(token), name, by, Timestamp.from(now))
                .update();
        long id = idOf(hash(token));
        audit.created(AUDITED, id, name, Map.of("label", name));
        return new NewWallLink(new WallLink(id, name, by, now), token);
    }

    private long idOf(String tokenHash) {
        return jdbc.sql("select id from floor_wall_link where token_hash = ?")
                .param(tokenHash)
                .query(Long.class)
                .single();
    }

    /**
     * Stops a link at once.
     *
     * @throws KantorException not found when there is no such link in use
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    void revoke(long id) {
        WallLink link = active().stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("floor.wall.not-found"));
        jdbc.sql("update floor_wall_link set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.username(), id)
                .update();
        audit.noted(AUDITED, id, link.label(), AuditAction.DEACTIVATED, Map.of("label", link.label()));
    }

    /** The links in use, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    List<WallLink> active() {
        return jdbc.sql(
                        "select id, label, created_by, created_at from floor_wall_link where revoked_at is null order by id desc")
                .query((rs, row) -> new WallLink(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The link a token opens; empty for a token nobody has, or one revoked. */
    @Transactional(readOnly = true)
    Optional<WallLink> opened(String token) {
        if (token == null || token.length() < 40 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select id, label, created_by, created_at from floor_wall_link where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query((rs, row) -> new WallLink(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
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
