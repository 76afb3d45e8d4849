package dev.kantor.chat.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, tells every node that a chat changed: {@code NOTIFY kantor_chat} with the chat's id, sent in the
 * writer's transaction, so that PostgreSQL delivers it when (and only if) the change commits. The nodes' {@link
 * ChatListener}s wake their waiting readers at once instead of at their next look. On H2 (one node) nothing is sent:
 * the node that wrote looks right after its commit, as on PostgreSQL.
 */
@Component
public class ChatNotify {

    /** The channel chats are announced on. */
    static final String CHANNEL = "kantor_chat";

    private final JdbcClient jdbc;
    private final boolean on;

    ChatNotify(JdbcClient jdbc, DataSource dataSource, @Value("${kantor.chat.listen:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.on = enabled && isPostgres(dataSource);
    }

    /** Whether chats are announced (PostgreSQL, unless {@code kantor.chat.listen=false}). */
    public boolean on() {
        return on;
    }

    /** Announces that this chat changed, as part of the current transaction if there is one. */
    void announce(long conversationId) {
        if (on) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', ?)")
                    .param(String.valueOf(conversationId))
                    .query((rs, n) -> 1)
                    .list();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
