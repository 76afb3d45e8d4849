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

    ChatOffers(Conversations conversations, ChatQueue queue, WhoCanHelp whoCanHelp) {
        this.conversations = conversations;
        this.queue = queue;
        this.whoCanHelp = whoCanHelp;
    }

    /** The waiting chats offered to this agent now, longest waiting first. */
    public List<Conversation> offeredTo(long agentId) {
        Map<Long, Integer> limits = queue.agents();
        if (!limits.containsKey(agentId)) {
            return List.of();
        }
        List<Conversation> waiting = conversations.waiting();
        Map<Long, Long> offers = ChatAssignment.assign(asWaiting(waiting), limits, conversations.heldCounts());
        return waiting.stream()
                .filter(c -> Long.valueOf(agentId).equals(offers.get(c.id())))
                .toList();
    }

    /** Whether this agent may take this waiting chat now: on the chat queue, qualified, available, below their limit. */
    public boolean mayTake(long agentId, Conversation chat) {
        return ChatAssignment.mayTake(
                agentId, asWaiting(List.of(chat)).get(0), queue.agents(), conversations.heldCounts());
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
