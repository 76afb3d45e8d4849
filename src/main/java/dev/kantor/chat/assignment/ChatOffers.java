package dev.kantor.chat.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.chat.ChatQueue;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.chat.conversation.Conversations;
import dev.kantor.platform.InvalidInput;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.WhoCanHelp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts {@link ChatAssignment} decides on, read fresh from the database and routing on every question: the
 * waiting chats, who is qualified and available for each (routing's "who can help", asked once per topic and
 * language), the roster and who holds how many chats.
 */
@Service
@Transactional(readOnly = true)
public class ChatOffers {

    private final Conversations conversations;
    private final ChatQueue queue;
    private final WhoCanHelp whoCanHelp;
    private final PresenceBoard presence;

    ChatOffers(Conversations conversations, ChatQueue queue, WhoCanHelp whoCanHelp, PresenceBoard presence) {
        this.conversations = conversations;
        this.queue = queue;
        this.whoCanHelp = whoCanHelp;
        this.presence = presence;
    }

    /**
     * The waiting chats for this agent now, longest waiting first: those offered to them, and the others they may
     * take as well (qualified, available, below their limit) though the rule offers them to a colleague first.
     */
    public record ForAgent(List<Conversation> offered, List<Conversation> others) {}

    public ForAgent forAgent(long agentId) {
        Map<Long, Integer> limits = queue.agents();
        if (!limits.containsKey(agentId)) {
            return new ForAgent(List.of(), List.of());
        }
        List<Conversation> waiting = conversations.waiting();
        List<WaitingChat> asWaiting = asWaiting(waiting);
        Map<Long, Integer> held = conversations.heldCounts();
        Map<Long, Long> offers = ChatAssignment.assign(asWaiting, limits, held);
        List<Conversation> offered = new java.util.ArrayList<>();
        List<Conversation> others = new java.util.ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Conversation c = waiting.get(i);
            if (Long.valueOf(agentId).equals(offers.get(c.id()))) {
                offered.add(c);
            } else if (ChatAssignment.mayTake(agentId, asWaiting.get(i), limits, held)) {
                others.add(c);
            }
        }
        return new ForAgent(offered, others);
    }

    /** Whether this agent may take this waiting chat now: on the chat queue, qualified, available, below their limit. */
    public boolean mayTake(long agentId, Conversation chat) {
        return ChatAssignment.mayTake(
                agentId, asWaiting(List.of(chat)).get(0), queue.agents(), conversations.heldCounts());
    }

    /** Whether anyone may come to this waiting chat: an agent on the chat queue, available and qualified. */
    public boolean anyoneFor(Conversation chat) {
        return ChatAssignment.anyoneFor(asWaiting(List.of(chat)).get(0), queue.agents());
    }

    /** Whether anyone on the chat queue is available now, whatever the topic: what the chat's start page tells. */
    public boolean anyoneAvailable() {
        return presence.of(queue.agents().keySet()).values().stream()
                .anyMatch(p -> p.status() == PresenceStatus.AVAILABLE);
    }

    /** Whether this employee works the chat queue. */
    public boolean onQueue(long employeeId) {
        return queue.agents().containsKey(employeeId);
    }

    /** This agent's limit of chats at once; 0 when they are not on the chat queue. */
    public int limitOf(long employeeId) {
        return queue.agents().getOrDefault(employeeId, 0);
    }

    private List<WaitingChat> asWaiting(List<Conversation> chats) {
        Map<String, List<ChatAgent>> asked = new HashMap<>();
        return chats.stream()
                .map(c -> new WaitingChat(
                        c.id(),
                        c.startedAt(),
                        asked.computeIfAbsent(c.topic() + "|" + c.language(), k -> qualified(c.topic(), c.language()))))
                .toList();
    }

    private List<ChatAgent> qualified(String topic, String language) {
        try {
            HelpAnswer answer = whoCanHelp.ask(topic, language, Set.of(), WhoCanHelp.MOST_HELPERS);
            return answer.helpers().stream()
                    .map(h -> new ChatAgent(h.id(), h.available(), h.speaksLanguage(), h.skillScore()))
                    .toList();
        } catch (InvalidInput topicGone) {
            // a topic taken out of the catalogue while the chat waited: nobody is qualified; an admin sees it
            return List.of();
        }
    }
}
