package dev.kantor.chat.conversation;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import dev.kantor.support.OnPostgres;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.request.async.DeferredResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a chat written on another node wakes this node's waiting readers at once, through LISTEN/NOTIFY, not
 * at the next look: the other node is a connection of its own that writes a message and announces it as a node does,
 * and this node hears it. In the application the PostgreSQL variants share.
 */
@OnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatWakeUpsPostgresTest {

    @Autowired
    Conversations conversations;

    @Autowired
    ChatPulse pulse;

    @Autowired
    ChatListener listener;

    @Autowired
    DataSource dataSource;

    @Test
    void aMessageWrittenOnAnotherNodeWakesTheReadersHereAtOnce() throws Exception {
        assertThat(pulse.isListening()).as("listening on PostgreSQL").isTrue();
        long chat = conversations.insert(
                ChatTokens.hash(ChatTokens.newToken()),
                "Bu Ratna",
                null,
                "warranty",
                "id",
                987_654L,
                "KTR-NOTIFY",
                Instant.now());
        try {
            long heardBefore = listener.received();
            DeferredResult<Long> reader = pulse.await(chat, 0, Duration.ofSeconds(20), System::nanoTime);

            long sent;
            try (Connection otherNode = dataSource.getConnection()) {
                otherNode.setAutoCommit(false);
                try (Statement write = otherNode.createStatement()) {
                    write.executeUpdate("update chat_conversation set last_seq = last_seq + 1 where id = " + chat);
                    write.execute("select pg_notify('kantor_chat', '" + chat + "')");
                }
                sent = System.nanoTime();
                otherNode.commit();
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reader.getResult() == null && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(reader.getResult()).as("answered").isNotNull();
            assertThat(listener.received()).as("the announcement was heard").isGreaterThan(heardBefore);
            assertThat(((Long) reader.getResult() - sent) / 1_000_000)
                    .as("ms until the reader was answered: long before the 2 s safety-net look")
                    .isLessThan(1000);
        } finally {
            conversations.close(chat, Instant.now());
        }
    }
}
