package dev.kantor.chat;

import java.time.Instant;
import java.util.Optional;

import dev.kantor.cases.ChatCases;
import dev.kantor.chat.conversation.Author;
import dev.kantor.chat.conversation.ChatTokens;
import dev.kantor.chat.conversation.Conversations;
import dev.kantor.people.People;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WhoCanHelp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

/**
 * The chat module on its own, with the platform only: a warm handoff accepted for a chat's case moves the chat under
 * way to the colleague with one line for the customer, however often routing's event is delivered; a handoff of a
 * case with no chat under way changes no chat. Cases, routing and people stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class ChatModuleTest {

    static final long AGUS = 12;
    static final long DEWI = 13;
    static final long CASE = 4711;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Conversations conversations;

    @MockitoBean
    People people;

    @MockitoBean
    ChatCases cases;

    @MockitoBean
    WhoCanHelp whoCanHelp;

    @MockitoBean
    TopicCatalogue topics;

    @MockitoBean
    dev.kantor.routing.PresenceBoard presence;

    @MockitoBean
    dev.kantor.calendar.BusinessCalendars calendars;

    long chat;

    @BeforeEach
    void aChatUnderWayWithAgus() {
        when(people.nameOf(anyLong())).thenReturn(Optional.of("Dewi Lestari"));
        chat = conversations.insert(
                ChatTokens.hash(ChatTokens.newToken()),
                "Bu Ratna",
                null,
                "warranty",
                "id",
                CASE,
                "KTR-CHAT",
                Instant.now());
        conversations.append(chat, Author.CUSTOMER, null, "My blender stopped.", Instant.now());
        jdbc.sql("insert into chat_agent (employee_id, max_chats) values (?, 3)")
                .param(AGUS)
                .update();
        assertThat(conversations.accept(chat, AGUS, Instant.now())).isEqualTo(Conversations.Acceptance.ACCEPTED);
    }

    @AfterEach
    void forgetTheChat() {
        jdbc.sql("delete from chat_message").update();
        jdbc.sql("delete from chat_conversation").update();
        jdbc.sql("delete from chat_agent").update();
    }

    long handedLines() {
        return jdbc.sql(
                        "select count(*) from chat_message where conversation_id = ? and author = 'SYSTEM' and body = 'HANDED'")
                .param(chat)
                .query(Long.class)
                .single();
    }

    long handling() {
        return jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
    }

    @Test
    void anAcceptedHandoffMovesTheChatToTheColleagueOnceEvenWhenDeliveredTwice(Scenario scenario) {
        HandoffAccepted accepted = new HandoffAccepted(99, CASE, DEWI, Instant.now());

        scenario.publish(accepted)
                .andWaitForStateChange(
                        () -> conversations.find(chat).orElseThrow().agentId(), a -> a == DEWI)
                .andVerify(agent -> assertThat(handedLines()).isEqualTo(1));
        // delivered again, as after a restart or by redelivery
        scenario.publish(accepted)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(conversations.find(chat).orElseThrow().agentId()).isEqualTo(DEWI);
                    assertThat(handedLines()).isEqualTo(1);
                    assertThat(conversations.find(chat).orElseThrow().lastSeq()).isEqualTo(2);
                });
    }

    @Test
    void aHandoffOfACaseWithNoChatUnderWayMovesNoChat(Scenario scenario) {
        scenario.publish(new HandoffAccepted(100, CASE + 1, DEWI, Instant.now()))
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(conversations.find(chat).orElseThrow().agentId()).isEqualTo(AGUS);
                    assertThat(handedLines()).isZero();
                });
    }
}
