package dev.kantor.mailin.mailboxes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes: admins connect and change them; the readers of mail claim one for a while (one node
 * at a time reads a mailbox) and write how reading went. The IMAP password is kept for reading only,
 * and a webhook's secret only as its SHA-256 hash: it is shown once, when made.
 */
@Service
@Transactional
public class Mailboxes {

    /** A mailbox and, for a webhook just made or given a new secret, that secret (shown this once). */
    public record Connected(Mailbox mailbox, String webhookSecret) {}

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,200}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            """
            id, name, mode, host, port, username, folder, topic, language, reopen_days, active, created_at,
            last_polled_at, last_error, last_error_at""";

    private final JdbcClient jdbc;
    private final TopicCatalogue topics;
    private final AuditTrail audit;
    private final Clock clock;

    Mailboxes(JdbcClient jdbc, TopicCatalogue topics, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Mailbox> all() {
        return everyMailbox();
    }

    /** Every mailbox, for health and the readers, with no one signed in. */
    @Transactional(readOnly = true)
    public List<Mailbox> everyMailbox() {
        return jdbc.sql("select " + COLUMNS + " from mailin_mailbox order by name, id")
                .query((rs, row) -> mailbox(rs))
                .list();
    }

    /** One mailbox, with no one signed in (the readers of mail). */
    @Transactional(readOnly = true)
    public Optional<Mailbox> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mailin_mailbox where id = ?")
                .param(id)
                .query((rs, row) -> mailbox(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox require(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("mailin.mailbox.not-found", id));
    }

    /**
     * Connects a mailbox; refused naming the fields of {@link MailboxDetails} that are wrong.
     *
     * @return the mailbox, with a webhook's secret, which is shown this once
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Connected connect(MailboxDetails details) {
        check(details, true);
        String secret = details.mode() == MailboxMode.WEBHOOK ? newSecret() : null;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into mailin_mailbox (name, mode, host, port, username, password, folder, secret_hash, topic,
                    language, reopen_days, active, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        details.name().strip(),
                        details.mode().name(),
                        imap(details) ? details.host().strip() : null,
                        imap(details) ? port(details) : null,
                        imap(details) ? details.username().strip() : null,
                        imap(details) ? details.password() : null,
                        imap(details) ? folder(details) : null,
                        secret == null ? null : hash(secret),
                        details.topic(),
                        details.language(),
                        reopenDays(details),
                        details.active() == null || details.active(),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        Mailbox mailbox = find(id).orElseThrow();
        audit.created("mailbox", id, mailbox.name(), snapshot(mailbox));
        return new Connected(mailbox, secret);
    }

    /** Changes a mailbox; a blank password keeps the one it has. */
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox change(long id, MailboxDetails details) {
        Mailbox before = require(id);
        if (details.mode() != null && details.mode() != before.mode()) {
            throw KantorException.invalid("mailin.mailbox.mode-fixed");
        }
        MailboxDetails complete = new MailboxDetails(
                details.name(),
                before.mode(),
                details.host(),
                details.port(),
                details.username(),
                details.password(),
                details.folder(),
                details.topic(),
                details.language(),
                details.reopenDays(),
                details.active());
        check(complete, false);
        boolean newPassword =
                complete.password() != null && !complete.password().isBlank();
        jdbc.sql(
                        """
                update mailin_mailbox set name = ?, host = ?, port = ?, username = ?,
                    password = case when ? then ? else password end, folder = ?, topic = ?, language = ?,
                    reopen_days = ?, active = ?
                where id = ?""")
                .params(
                        complete.name().strip(),
                        imap(complete) ? complete.host().strip() : null,
                        imap(complete) ? port(complete) : null,
                        imap(complete) ? complete.username().strip() : null,
                        newPassword,
                        newPassword ? complete.password() : null,
                        imap(complete) ? folder(complete) : null,
                        complete.topic(),
                        complete.language(),
                        reopenDays(complete),
                        complete.active() == null ? before.active() : complete.active(),
                        id)
                .update();
        Mailbox after = require(id);
        Map<String, String> changed = snapshot(after);
        if (newPassword) {
            changed.put("password", "changed");
        }
        audit.changed("mailbox", id, after.name(), AuditAction.UPDATED, snapshot(before), changed);
        return after;
    }

    /** A new secret for a webhook mailbox, shown this once; the old one stops working. */
    @PreAuthorize("hasRole('ADMIN')")
    public String newWebhookSecret(long id) {
        Mailbox mailbox = require(id);
        if (mailbox.mode() != MailboxMode.WEBHOOK) {
            throw KantorException.invalid("mailin.mailbox.not-webhook");
        }
        String secret = newSecret();
        jdbc.sql("update mailin_mailbox set secret_hash = ? where id = ?")
                .params(hash(secret), id)
                .update();
        audit.noted("mailbox", id, mailbox.name(), AuditAction.UPDATED, Map.of("secret", "new"));
        return secret;
    }

    /** Whether this is the secret of this active webhook mailbox: compared in constant time. */
    @Transactional(readOnly = true)
    public boolean acceptsSecret(long id, String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        Optional<String> stored = jdbc.sql(
                        "select secret_hash from mailin_mailbox where id = ? and mode = 'WEBHOOK' and active = true")
                .param(id)
                .query(String.class)
                .optional();
        return stored.isPresent()
                && MessageDigest.isEqual(
                        stored.get().getBytes(StandardCharsets.US_ASCII),
                        hash(secret.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    /** How to read an IMAP mailbox, password included, for the reader only. */
    @Transactional(readOnly = true)
    public Optional<ImapAccess> imapAccess(long id) {
        return jdbc.sql(
                        "select host, port, username, password, folder from mailin_mailbox where id = ? and mode = 'IMAP'")
                .param(id)
                .query((rs, row) -> new ImapAccess(
                        rs.getString("host"),
                        rs.getInt("port"),
                        rs.getString("username"),
                        rs.getString("password"),
                        rs.getString("folder")))
                .optional();
    }

    /**
     * Takes the mailbox for this node for a while, if no other node holds it: a conditional update,
     * so of several nodes on one database exactly one reads a mailbox at a time.
     */
    public boolean claim(long id, String node, Duration forHowLong) {
        Instant now = clock.instant();
        return jdbc.sql(
                                """
                update mailin_mailbox set claimed_by = ?, claimed_until = ?
                where id = ? and (claimed_until is null or claimed_until <= ?)""")
                        .params(node, Timestamp.from(now.plus(forHowLong)), id, Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Lets the mailbox go, if this node still holds it. */
    public void release(long id, String node) {
        jdbc.sql("update mailin_mailbox set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(id, node)
                .update();
    }

    /** Reading the mailbox worked: no error to show any more. */
    public void readWell(long id) {
        jdbc.sql("update mailin_mailbox set last_polled_at = ?, last_error = null, last_error_at = null where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Reading the mailbox failed: admins and health see why (never a password: see the readers). */
    public void readBadly(long id, String error) {
        Timestamp now = Timestamp.from(clock.instant());
        String shown = error == null ? "?" : error.length() > 480 ? error.substring(0, 480) : error;
        jdbc.sql("update mailin_mailbox set last_polled_at = ?, last_error = ?, last_error_at = ? where id = ?")
                .params(now, shown, now, id)
                .update();
    }

    /** The active IMAP mailboxes, which the reader polls. */
    @Transactional(readOnly = true)
    public List<Long> activeImap() {
        return jdbc.sql("select id from mailin_mailbox where mode = 'IMAP' and active = true order by id")
                .query(Long.class)
                .list();
    }

    private void check(MailboxDetails details, boolean connecting) {
        InputCheck check = new InputCheck()
                .required("name", details.name(), 120)
                .required("mode", details.mode())
                .required("topic", details.topic(), 60)
                .required("language", details.language(), 5)
                .range("reopenDays", details.reopenDays(), 0, 365);
        if (details.topic() != null && !details.topic().isBlank() && !topics.isKnown(details.topic())) {
            check.add("topic", "validation.unknown-topic");
        }
        if (details.language() != null && Languages.of(details.language()).isEmpty()) {
            check.add("language", "validation.unknown-language", details.language());
        }
        if (imap(details)) {
            check.required("host", details.host(), 200)
                    .matches("host", details.host(), HOST, "mailin.mailbox.host-invalid")
                    .range("port", details.port(), 1, 65535)
                    .required("username", details.username(), 200)
                    .maxLength("password", details.password(), 500)
                    .maxLength("folder", details.folder(), 200);
            if (connecting && (details.password() == null || details.password().isBlank())) {
                check.add("password", "validation.required");
            }
        }
        check.throwIfAny();
    }

    private static boolean imap(MailboxDetails details) {
        return details.mode() == MailboxMode.IMAP;
    }

    private static int port(MailboxDetails details) {
        return details.port() == null ? 993 : details.port();
    }

    private static String folder(MailboxDetails details) {
        return details.folder() == null || details.folder().isBlank()
                ? "INBOX"
                : details.folder().strip();
    }

    private static int reopenDays(MailboxDetails details) {
        return details.reopenDays() == null ? 14 : details.reopenDays();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> snapshot(Mailbox m) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", m.name());
        s.put("mode", m.mode().name());
        s.put("host", m.host());
        s.put("port", m.port() == null ? null : m.port().toString());
        s.put("username", m.username());
        s.put("folder", m.folder());
        s.put("topic", m.topic());
        s.put("language", m.language());
        s.put("reopenDays", Integer.toString(m.reopenDays()));
        s.put("active", Boolean.toString(m.active()));
        return s;
    }

    private static Mailbox mailbox(ResultSet rs) throws SQLException {
        return new Mailbox(
                rs.getLong("id"),
                rs.getString("name"),
                MailboxMode.valueOf(rs.getString("mode")),
                rs.getString("host"),
                (Integer) rs.getObject("port", Integer.class),
                rs.getString("username"),
                rs.getString("folder"),
                rs.getString("topic"),
                rs.getString("language"),
                rs.getInt("reopen_days"),
                rs.getBoolean("active"),
                instant(rs, "created_at"),
                instant(rs, "last_polled_at"),
                rs.getString("last_error"),
                instant(rs, "last_error_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
