package dev.kantor.chat.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The chats and their messages in the database: what every node reads, so that no node knows more than another. */
@Repository
public class Conversations {

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new waiting chat for its case. */
    public long insert(
            String tokenHash,
            String customerName,
            String email,
            String topic,
            String language,
            long caseId,
            String caseReference,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into chat_conversation (token_hash, customer_name, email, topic, language, state, case_id,
                                               case_reference, started_at, last_seq)
                values (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, 0)""")
                .params(tokenHash, customerName, email, topic, language, caseId, caseReference, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<Conversation> byTokenHash(String tokenHash) {
        return jdbc.sql("select * from chat_conversation where token_hash = ?")
                .param(tokenHash)
                .query(Conversations::row)
                .optional();
    }

    public Optional<Conversation> find(long id) {
        return jdbc.sql("select * from chat_conversation where id = ?")
                .param(id)
                .query(Conversations::row)
                .optional();
    }

    /** The chat under way for this case, if one is. */
    public Optional<Conversation> activeForCase(long caseId) {
        return jdbc.sql("select * from chat_conversation where case_id = ? and state = 'ACTIVE'")
                .param(caseId)
                .query(Conversations::row)
                .optional();
    }

    /** The chat a case came from (the latest, should there be more). */
    public Optional<Conversation> forCase(long caseId) {
        return jdbc.sql("select * from chat_conversation where case_id = ? order by id desc limit 1")
                .param(caseId)
                .query(Conversations::row)
                .optional();
    }

    /** Chats waiting for an agent, longest waiting first. */
    public List<Conversation> waiting() {
        return jdbc.sql("select * from chat_conversation where state = 'WAITING' order by started_at, id")
                .query(Conversations::row)
                .list();
    }

    /** How many chats wait that started before this one: its place in the queue is that plus one. */
    public int waitingBefore(Conversation c) {
        return jdbc.sql(
                        """
                select count(*) from chat_conversation
                where state = 'WAITING' and (started_at < ? or (started_at = ? and id < ?))""")
                .params(Timestamp.from(c.startedAt()), Timestamp.from(c.startedAt()), c.id())
                .query(Integer.class)
                .single();
    }

    /** The chats this agent holds now. */
    public List<Conversation> heldBy(long agentId) {
        return jdbc.sql(
                        "select * from chat_conversation where agent_id = ? and state = 'ACTIVE' order by accepted_at, id")
                .param(agentId)
                .query(Conversations::row)
                .list();
    }

    /** How many chats each agent holds now; agents holding none are absent. */
    public Map<Long, Integer> heldCounts() {
        Map<Long, Integer> held = new HashMap<>();
        jdbc.sql("select agent_id, count(*) from chat_conversation where state = 'ACTIVE' group by agent_id")
                .query((ResultSet rs) -> {
                    held.put(rs.getLong(1), rs.getInt(2));
                });
        return held;
    }

    /** What became of an agent's accept. */
    public enum Acceptance {
        /** The chat is theirs. */
        ACCEPTED,
        /** It no longer waits: a colleague took it first, or it ended. */
        TAKEN,
        /** They hold as many chats as they may at once. */
        AT_LIMIT,
        /** They are not on the chat queue (any more). */
        NOT_ON_QUEUE
    }

    /**
     * The agent takes a waiting chat if they hold fewer chats than their limit. Their row on the chat queue is
     * locked first, until the transaction ends: every accept of theirs, on any node, counts their chats only after
     * the one before it committed, so that accepts arriving together never take them past their limit. (Under
     * READ COMMITTED, on PostgreSQL and H2, the count that follows the lock sees what the accept before committed.)
     */
    public Acceptance accept(long id, long agentId, Instant at) {
        Optional<Integer> limit = jdbc.sql("select max_chats from chat_agent where employee_id = ? for update")
                .param(agentId)
                .query(Integer.class)
                .optional();
        if (limit.isEmpty()) {
            return Acceptance.NOT_ON_QUEUE;
        }
        int held = jdbc.sql("select count(*) from chat_conversation where agent_id = ? and state = 'ACTIVE'")
                .param(agentId)
                .query(Integer.class)
                .single();
        if (held >= limit.get()) {
            return Acceptance.AT_LIMIT;
        }
        return jdbc.sql(
                                        "update chat_conversation set state = 'ACTIVE', agent_id = ?, accepted_at = ? where id = ? and state = 'WAITING'")
                                .params(agentId, Timestamp.from(at), id)
                                .update()
                        == 1
                ? Acceptance.ACCEPTED
                : Acceptance.TAKEN;
    }

    /** The chat goes on with another agent; false when it is not under way with {@code from}. */
    public boolean moveTo(long id, long from, long to) {
        return jdbc.sql("update chat_conversation set agent_id = ? where id = ? and agent_id = ? and state = 'ACTIVE'")
                        .params(to, id, from)
                        .update()
                == 1;
    }

    /** Ends the chat; false when it had ended already. */
    public boolean close(long id, Instant at) {
        return jdbc.sql(
                                "update chat_conversation set state = 'CLOSED', closed_at = ? where id = ? and state <> 'CLOSED'")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /**
     * The customer leaves their waiting chat as a message; false when it no longer waits (an agent took it meanwhile,
     * or it ended). It takes the chat's row lock, so that an agent's accept after it finds the chat gone.
     */
    public boolean leftAsMessage(long id, Instant at) {
        return jdbc.sql("update chat_conversation set left_as_message_at = ? where id = ? and state = 'WAITING'")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    public void leaveEmail(long id, String email) {
        jdbc.sql("update chat_conversation set email = ? where id = ?")
                .params(email, id)
                .update();
    }

    /** Marks the transcript mailed; false when it was mailed before, so that it goes once. */
    public boolean transcriptMailed(long id, Instant at) {
        return jdbc.sql(
                                "update chat_conversation set transcript_mailed_at = ? where id = ? and transcript_mailed_at is null")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /**
     * Adds a message with the chat's next sequence number. Taking the number locks the chat's row until the
     * transaction ends, so that messages of one chat commit in the order of their numbers: a reader who saw
     * number n never misses a smaller one committed later.
     */
    public long append(long conversationId, Author author, Long authorId, String body, Instant at) {
        jdbc.sql("update chat_conversation set last_seq = last_seq + 1 where id = ?")
                .param(conversationId)
                .update();
        long seq = jdbc.sql("select last_seq from chat_conversation where id = ?")
                .param(conversationId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into chat_message (conversation_id, seq, author, author_id, body, sent_at) values (?, ?, ?, ?, ?, ?)")
                .params(conversationId, seq, author.name(), authorId, body, Timestamp.from(at))
                .update();
        return seq;
    }

    /** Messages after {@code seq}, in order; staff notes only for staff. */
    public List<ChatMessage> after(long conversationId, long seq, boolean withNotes) {
        return jdbc.sql("select * from chat_message where conversation_id = ? and seq > ?"
                        + (withNotes ? "" : " and author <> 'NOTE'")
                        + " order by seq")
                .params(conversationId, seq)
                .query((rs, n) -> new ChatMessage(
                        rs.getLong("seq"),
                        Author.valueOf(rs.getString("author")),
                        longOrNull(rs, "author_id"),
                        rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** The latest sequence number of each of these chats, and whether it is over: what waiting readers look at. */
    public Map<Long, Long> lastSeqs(Collection<Long> ids) {
        Map<Long, Long> seqs = new HashMap<>();
        if (ids.isEmpty()) {
            return seqs;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        jdbc.sql("select id, last_seq from chat_conversation where id in (" + in + ")")
                .query((ResultSet rs) -> {
                    seqs.put(rs.getLong(1), rs.getLong(2));
                });
        return seqs;
    }

    private static Conversation row(ResultSet rs, int n) throws SQLException {
        return new Conversation(
                rs.getLong("id"),
                rs.getString("customer_name"),
                rs.getString("email"),
                rs.getString("topic"),
                rs.getString("language"),
                ChatState.valueOf(rs.getString("state")),
                longOrNull(rs, "agent_id"),
                rs.getLong("case_id"),
                rs.getString("case_reference"),
                instant(rs, "started_at"),
                instant(rs, "accepted_at"),
                instant(rs, "closed_at"),
                rs.getLong("last_seq"),
                instant(rs, "transcript_mailed_at"),
                instant(rs, "left_as_message_at"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
