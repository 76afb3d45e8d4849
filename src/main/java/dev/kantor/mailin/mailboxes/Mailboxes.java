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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.platform.secrets.SecretBox;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
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
            id, name, mode, host, port, username, folder, topic, team_department_id, language, reopen_days, active,
            created_at,
            last_polled_at, last_error, last_error_at, last_error_key, last_error_detail""";

    private final JdbcClient jdbc;
    private final TopicCatalogue topics;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecretBox secrets;
    private final MessageSource messages;

    Mailboxes(
            JdbcClient jdbc,
            TopicCatalogue topics,
            AuditTrail audit,
            Clock clock,
            SecretBox secrets,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
        this.secrets = secrets;
        this.messages = messages;
    }

    /** Every mailbox, its last error in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Mailbox> all() {
        return every(LocaleContextHolder.getLocale());
    }

    /** Every mailbox, for health and the readers, with no one signed in: its last error in stable English. */
    @Transactional(readOnly = true)
    public List<Mailbox> everyMailbox() {
        return every(null);
    }

    private List<Mailbox> every(Locale locale) {
        return jdbc.sql("select " + COLUMNS + " from mailin_mailbox where deleted_at is null order by name, id")
                .query((rs, row) -> mailbox(rs, locale))
                .list();
    }

    /** One mailbox, with no one signed in (the readers of mail); its last error in the reader's language. */
    @Transactional(readOnly = true)
    public Optional<Mailbox> find(long id) {
        Locale locale = LocaleContextHolder.getLocale();
        return jdbc.sql("select " + COLUMNS + " from mailin_mailbox where id = ? and deleted_at is null")
                .param(id)
                .query((rs, row) -> mailbox(rs, locale))
                .optional();
    }

    /**
     * Kantor's sentence for a failure in a language, the server's own text after it, e.g. "Login refused by the
     * server: [AUTHENTICATIONFAILED] ...".
     */
    public String describe(MailboxFailure failure, Locale locale) {
        return describe(failure.key(), failure.detail(), locale);
    }

    private String describe(String key, String detail, Locale locale) {
        return messages.getMessage(key, new Object[] {detail == null ? "" : detail}, key, locale);
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
                    team_department_id, language, reopen_days, active, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        details.name().strip(),
                        details.mode().name(),
                        imap(details) ? details.host().strip() : null,
                        imap(details) ? port(details) : null,
                        imap(details) ? details.username().strip() : null,
                        imap(details) ? sealed(details.password()) : null,
                        imap(details) ? folder(details) : null,
                        secret == null ? null : hash(secret),
                        topic(details),
                        team(details),
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
                details.teamDepartmentId(),
                details.language(),
                details.reopenDays(),
                details.active());
        check(complete, false);
        boolean newPassword =
                complete.password() != null && !complete.password().isBlank();
        jdbc.sql(
                        """
                update mailin_mailbox set name = ?, host = ?, port = ?, username = ?,
                    password = case when ? then ? else password end, folder = ?, topic = ?, team_department_id = ?,
                    language = ?, reopen_days = ?, active = ?
                where id = ?""")
                .params(
                        complete.name().strip(),
                        imap(complete) ? complete.host().strip() : null,
                        imap(complete) ? port(complete) : null,
                        imap(complete) ? complete.username().strip() : null,
                        newPassword,
                        newPassword ? sealed(complete.password()) : null,
                        imap(complete) ? folder(complete) : null,
                        topic(complete),
                        team(complete),
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

    /**
     * Deletes a mailbox: it is gone from the pages, the API, health and the readers, and its password and webhook
     * secret are erased at once (a relay posting to it gets the 404 of an unknown mailbox). The record of the mails
     * it received stays: their Message-IDs keep a mail from being handled twice should the same mail arrive again
     * through another mailbox, and they name the cases the mails reached. Refused while a node is reading the
     * mailbox (it holds the claim): the admin tries again once the round is over, at most a few minutes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Mailbox mailbox = require(id);
        Instant now = clock.instant();
        int deleted = jdbc.sql(
                        """
                update mailin_mailbox set deleted_at = ?, active = false, password = null, secret_hash = null
                where id = ? and deleted_at is null and (claimed_until is null or claimed_until <= ?)""")
                .params(Timestamp.from(now), id, Timestamp.from(now))
                .update();
        if (deleted == 0) {
            throw KantorException.conflict("mailin.mailbox.being-read");
        }
        audit.deleted("mailbox", id, mailbox.name(), snapshot(mailbox));
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
                        "select secret_hash from mailin_mailbox where id = ? and mode = 'WEBHOOK' and active = true"
                                + " and deleted_at is null")
                .param(id)
                .query(String.class)
                .optional();
        return stored.isPresent()
                && MessageDigest.isEqual(
                        stored.get().getBytes(StandardCharsets.US_ASCII),
                        hash(secret.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * How to read an IMAP mailbox, password included (opened from its sealed form), for the reader only.
     *
     * @throws dev.kantor.platform.secrets.SecretUnreadable when the configured key cannot open the password
     */
    @Transactional(readOnly = true)
    public Optional<ImapAccess> imapAccess(long id) {
        return jdbc.sql(
                        "select host, port, username, password, folder from mailin_mailbox where id = ? and mode = 'IMAP'"
                                + " and deleted_at is null")
                .param(id)
                .query((rs, row) -> new ImapAccess(
                        rs.getString("host"),
                        rs.getInt("port"),
                        rs.getString("username"),
                        secrets.open(rs.getString("password")),
                        rs.getString("folder")))
                .optional();
    }

    /**
     * Seals the passwords stored before passwords were sealed, once the application is ready (on every node;
     * each row is written only while it still holds the plain text, so two nodes starting at once agree).
     * Until then, and where no key is configured, a plain password is read as it is.
     *
     * @return how many passwords it sealed
     */
    @EventListener(ApplicationReadyEvent.class)
    public int sealPlainPasswords() {
        if (!secrets.canSeal()) {
            return 0;
        }
        record Plain(long id, String password) {}
        List<Plain> plain = jdbc.sql("select id, password from mailin_mailbox where password is not null"
                        + " and password not like 'v1:%'")
                .query((rs, row) -> new Plain(rs.getLong("id"), rs.getString("password")))
                .list();
        int sealed = 0;
        for (Plain p : plain) {
            sealed += jdbc.sql("update mailin_mailbox set password = ? where id = ? and password = ?")
                    .params(secrets.seal(p.password()), p.id(), p.password())
                    .update();
        }
        return sealed;
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
                where id = ? and deleted_at is null and (claimed_until is null or claimed_until <= ?)""")
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
        jdbc.sql(
                        """
                update mailin_mailbox set last_polled_at = ?, last_error = null, last_error_at = null,
                last_error_key = null, last_error_detail = null where id = ?""")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /**
     * Reading the mailbox failed: admins see why in their language, health in stable English (never a password:
     * see the readers). The key and the server's text are kept, the English sentence beside them.
     */
    public void readBadly(long id, MailboxFailure failure) {
        Timestamp now = Timestamp.from(clock.instant());
        String detail = clip(failure.detail());
        jdbc.sql(
                        """
                update mailin_mailbox set last_polled_at = ?, last_error = ?, last_error_at = ?, last_error_key = ?,
                last_error_detail = ? where id = ?""")
                .params(now, clip(describe(failure.key(), detail, Languages.ENGLISH)), now, failure.key(), detail, id)
                .update();
    }

    private static String clip(String text) {
        return text == null ? null : text.length() > 480 ? text.substring(0, 480) : text;
    }

    /** The active IMAP mailboxes, which the reader polls. */
    @Transactional(readOnly = true)
    public List<Long> activeImap() {
        return jdbc.sql("select id from mailin_mailbox where mode = 'IMAP' and active = true and deleted_at is null"
                        + " order by id")
                .query(Long.class)
                .list();
    }

    private void check(MailboxDetails details, boolean connecting) {
        InputCheck check = new InputCheck()
                .required("name", details.name(), 120)
                .required("mode", details.mode())
                .maxLength("topic", details.topic(), 60)
                .required("language", details.language(), 5)
                .range("reopenDays", details.reopenDays(), 0, 365);
        if (topic(details) == null && team(details) == null) {
            check.add("topic", "mailin.mailbox.topic-or-team");
        } else if (topic(details) != null && team(details) != null) {
            check.add("teamDepartmentId", "mailin.mailbox.topic-or-team");
        } else if (topic(details) != null && !topics.isKnown(details.topic())) {
            check.add("topic", "validation.unknown-topic");
        } else if (team(details) != null && teamTopic(team(details)).isEmpty()) {
            check.add("teamDepartmentId", "mailin.mailbox.team-without-topic");
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

    /** The password as it is stored: sealed, never as typed; refused on its field when no key is configured. */
    private String sealed(String password) {
        if (!secrets.canSeal()) {
            throw dev.kantor.platform.InvalidInput.of("password", "secrets.no-key");
        }
        return secrets.seal(password);
    }

    /**
     * The topic a team's cases are opened on: the first active topic, in the catalogue's order, that falls back
     * to the team's queue (routing's {@code teamDepartmentId}); none when no topic does.
     */
    @Transactional(readOnly = true)
    public Optional<String> teamTopic(long teamDepartmentId) {
        return topics.active().stream()
                .filter(t -> Long.valueOf(teamDepartmentId).equals(t.teamDepartmentId()))
                .map(dev.kantor.routing.Topic::code)
                .findFirst();
    }

    /** The teams a mailbox may open cases for: those at least one active topic falls back to. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> teams() {
        java.util.Set<Long> teams = new java.util.LinkedHashSet<>();
        topics.active().stream()
                .map(dev.kantor.routing.Topic::teamDepartmentId)
                .filter(java.util.Objects::nonNull)
                .forEach(teams::add);
        return teams;
    }

    private static String topic(MailboxDetails details) {
        return details.topic() == null || details.topic().isBlank()
                ? null
                : details.topic().strip();
    }

    private static Long team(MailboxDetails details) {
        return details.teamDepartmentId();
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
        s.put("team", m.teamDepartmentId() == null ? null : m.teamDepartmentId().toString());
        s.put("language", m.language());
        s.put("reopenDays", Integer.toString(m.reopenDays()));
        s.put("active", Boolean.toString(m.active()));
        return s;
    }

    /** A mailbox as read; its last error in the locale, or as stored (English) when the locale is null. */
    private Mailbox mailbox(ResultSet rs, Locale locale) throws SQLException {
        String key = rs.getString("last_error_key");
        // an error stored before keys were, or for health: the stored text as it is
        String lastError = key == null || locale == null
                ? rs.getString("last_error")
                : describe(key, rs.getString("last_error_detail"), locale);
        return new Mailbox(
                rs.getLong("id"),
                rs.getString("name"),
                MailboxMode.valueOf(rs.getString("mode")),
                rs.getString("host"),
                (Integer) rs.getObject("port", Integer.class),
                rs.getString("username"),
                rs.getString("folder"),
                rs.getString("topic"),
                (Long) rs.getObject("team_department_id", Long.class),
                rs.getString("language"),
                rs.getInt("reopen_days"),
                rs.getBoolean("active"),
                instant(rs, "created_at"),
                instant(rs, "last_polled_at"),
                lastError,
                instant(rs, "last_error_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
