package dev.kantor.chat.desk;

import java.time.Instant;

import dev.kantor.chat.conversation.Author;
import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.Conversations;
import dev.kantor.platform.events.ImmediateModuleListener;
import dev.kantor.routing.HandoffAccepted;

import org.springframework.stereotype.Component;

/**
 * A warm handoff of a chat's case, now live: when the colleague accepts, the chat under way moves to them with its
 * whole transcript, and the customer reads that they took over. Runs before the colleague's accept is answered, so
 * that the chat is on their desk when they look; a second delivery of the event finds it there and changes nothing.
 */
@Component
class ChatsFollowHandoffs {

    private final Conversations conversations;
    private final ChatPulse pulse;

    ChatsFollowHandoffs(Conversations conversations, ChatPulse pulse) {
        this.conversations = conversations;
        this.pulse = pulse;
    }

    @ImmediateModuleListener
    void on(HandoffAccepted e) {
        conversations.activeForCase(e.caseId()).ifPresent(chat -> {
            if (chat.agentId() != null
                    && chat.agentId() != e.receiverId()
                    && conversations.moveTo(chat.id(), chat.agentId(), e.receiverId())) {
                conversations.append(chat.id(), Author.SYSTEM, e.receiverId(), "HANDED", at(e));
                pulse.written(chat.id());
            }
        });
    }

    private static Instant at(HandoffAccepted e) {
        return e.at();
    }
}
