package dev.kantor.chat.desk;

import java.util.Optional;

import dev.kantor.cases.ChatOfCase;
import dev.kantor.chat.conversation.ChatState;
import dev.kantor.chat.conversation.Conversations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case page's link to the chat the case came from: the chat's page, live while it runs, its transcript after. */
@Component
@Transactional(readOnly = true)
class CaseChatLinks implements ChatOfCase {

    private final Conversations conversations;

    CaseChatLinks(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Optional<ChatLink> of(long caseId) {
        return conversations
                .forCase(caseId)
                .map(c -> new ChatLink(c.state() != ChatState.CLOSED, ChatPageController.path(c.id())));
    }
}
