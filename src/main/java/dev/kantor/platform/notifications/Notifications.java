package dev.kantor.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications kept in the database, so that every node counts and lists the same: modules tell
 * of what waits on someone ({@link #notify}), and the recipient reads, opens and marks them read.
 * A fact told again (an event delivered twice) writes nothing the second time. A fact older than
 * {@code kantor.notifications.max-age} (a day) notifies nobody: history recorded after the event,
 * such as an import or the demo company's past weeks, rings no bell.
 */
@Service
@Transactional
public class Notifications {

    /** The most a list answers at once. */
    public static final int MOST = 200;

    private static final String SEPARATOR = "\n";
    private static final int MAX_ARGS = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maxAge;

    Notifications(JdbcClient jdbc, Clock clock, @Value("${kantor.notifications.max-age:P1D}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Tells the recipient of something, once per fact.
     *
     * @return whether a notification was written now: false when this fact was told before, or is too old
     */
    public boolean notify(Notice notice) {
        if (!notice.link().startsWith("/")
                || notice.link().startsWith("//")
                || notice.link().length() > 300) {
            throw new IllegalArgumentException("a notification links to a page of Kantor: " + notice.link());
        }
        if (notice.at().isBefore(clock.instant().minus(maxAge))) {
            return false;
        }
        String args = String.join(
                SEPARATOR,
                notice.args().stream()
                        .map(a -> a.replace('\n', ' ').replace('\r', ' '))
                        .toList());
        return jdbc.sql(
                                """
                insert into notification (recipient_id, event_key, kind, message_key, args, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                notice.recipientId(),
                                notice.eventKey(),
                                notice.kind(),
                                notice.messageKey(),
                                args.length() > MAX_ARGS ? args.substring(0, MAX_ARGS) : args,
                                notice.link(),
                                Timestamp.from(notice.at()))
                        .update()
                == 1;
    }

    /** How many of the employee's notifications are unread. */
    @Transactional(readOnly = true)
    public long unread(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipientId)
                .query(Long.class)
                .single();
    }

    /** The employee's newest notifications first, read ones too unless {@code unreadOnly}. */
    @Transactional(readOnly = true)
    public List<Notification> latest(long recipientId, boolean unreadOnly, int limit) {
        return jdbc.sql("select * from notification where recipient_id = ?"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id desc limit ?")
                .params(recipientId, Math.max(1, Math.min(limit, MOST)))
                .query((rs, row) -> notification(rs))
                .list();
    }

    /** One page of the employee's notifications, newest first, read ones too unless {@code unreadOnly}. */
    @Transactional(readOnly = true)
    public List<Notification> latest(long recipientId, boolean unreadOnly, long offset, int limit) {
        return jdbc.sql("select * from notification where recipient_id = ?"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(recipientId, limit, offset)
                .query((rs, row) -> notification(rs))
                .list();
    }

    /** How many notifications the employee has, or how many unread ones. */
    public long count(long recipientId, boolean unreadOnly) {
        return unreadOnly
                ? unread(recipientId)
                : jdbc.sql("select count(*) from notification where recipient_id = ?")
                        .param(recipientId)
                        .query(Long.class)
                        .single();
    }

    /** One of the employee's notifications, marked read: what opening it from the list does. */
    public Optional<Notification> open(long id, long recipientId) {
        markRead(id, recipientId);
        return jdbc.sql("select * from notification where id = ? and recipient_id = ?")
                .params(id, recipientId)
                .query((rs, row) -> notification(rs))
                .optional();
    }

    /** @return whether the employee has such a notification (read before or now) */
    public boolean markRead(long id, long recipientId) {
        jdbc.sql("update notification set read_at = ? where id = ? and recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, recipientId)
                .update();
        return jdbc.sql("select count(*) from notification where id = ? and recipient_id = ?")
                        .params(id, recipientId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return how many were unread */
    public int markAllRead(long recipientId) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), recipientId)
                .update();
    }

    /** The employee opened this page: what links to it is read. */
    public int markReadAt(long recipientId, String link) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and link = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), recipientId, link)
                .update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        String args = rs.getString("args");
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("message_key"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
