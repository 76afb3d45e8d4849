package dev.kantor.mailin.receiving;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails received, one row each under a unique key (the Message-ID, or a hash of the mail when it
 * has none). The row is written first, in the transaction that then acts on the mail: whoever
 * writes the key second (another node, or this one again after a crash) is refused by the
 * database and does nothing.
 */
@Component
public class ReceivedMessages {

    private static final String ACTED = "('OPENED', 'ADDED', 'REOPENED', 'FOLLOW_UP')";

    private final JdbcClient jdbc;

    ReceivedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the mail as being received now, before anything is done about it.
     *
     * @throws org.springframework.dao.DuplicateKeyException when it was received before
     */
    long claim(String key, long mailboxId, Instant at, String sender, String subject) {
        var holder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into mailin_message (message_key, mailbox_id, received_at, sender, subject, outcome)
                values (?, ?, ?, ?, ?, 'RECEIVED')""")
                .params(key, mailboxId, Timestamp.from(at), sender, subject)
                .update(holder, "id");
        return holder.getKeyAs(Number.class).longValue();
    }

    boolean known(String key) {
        return jdbc.sql("select count(*) from mailin_message where message_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void finish(long id, Outcome outcome, String reason, Long caseId, String caseReference) {
        jdbc.sql("update mailin_message set outcome = ?, reason = ?, case_id = ?, case_reference = ? where id = ?")
                .params(outcome.name(), reason, caseId, caseReference, id)
                .update();
    }

    /** How many of a sender's mails opened or reached a case since then. */
    int actedOnSince(String sender, Instant since) {
        return jdbc.sql("select count(*) from mailin_message where sender = ? and received_at > ? and outcome in "
                        + ACTED)
                .params(sender, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** The case of the latest of these mails received that reached one: a customer answering their own mail. */
    Optional<String> caseOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select case_reference from mailin_message where message_key in (:keys)"
                        + " and case_reference is not null order by id desc limit 1")
                .param("keys", List.copyOf(keys))
                .query(String.class)
                .optional();
    }

    /** A mailbox's latest mails, newest first. */
    public List<MessageRecord> latest(long mailboxId, int limit) {
        return jdbc.sql("select * from mailin_message where mailbox_id = ? order by received_at desc, id desc limit ?")
                .params(mailboxId, limit)
                .query((rs, row) -> record(rs))
                .list();
    }

    /** One page of a mailbox's mails, newest first. */
    public List<MessageRecord> latest(long mailboxId, long offset, int limit) {
        return jdbc.sql("select * from mailin_message where mailbox_id = ? order by received_at desc, id desc "
                        + "limit ? offset ?")
                .params(mailboxId, limit, offset)
                .query((rs, row) -> record(rs))
                .list();
    }

    /** How many mails a mailbox received in all. */
    public long count(long mailboxId) {
        return jdbc.sql("select count(*) from mailin_message where mailbox_id = ?")
                .param(mailboxId)
                .query(Long.class)
                .single();
    }

    private static MessageRecord record(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new MessageRecord(
                rs.getLong("id"),
                rs.getLong("mailbox_id"),
                rs.getString("message_key"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("sender"),
                rs.getString("subject"),
                "RECEIVED".equals(outcome) ? null : Outcome.valueOf(outcome),
                rs.getString("reason"),
                (Long) rs.getObject("case_id", Long.class),
                rs.getString("case_reference"));
    }
}
