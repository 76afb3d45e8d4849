package dev.kantor.chat.assignment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which agent each waiting chat is offered to. The chat that waited longest is served first; it goes to
 * an agent on the chat queue who is available, qualified for its topic and below their limit of chats at
 * once: one who speaks the customer's language before one who does not, then the one holding fewer chats,
 * then the more skilled, then the lower id (so that every node answers alike). Plain Java: the rule, not
 * where its facts come from.
 */
public final class ChatAssignment {

    private static final Comparator<Candidate> BEST = Comparator.comparing((Candidate c) -> !c.agent.speaksLanguage())
            .thenComparingInt(c -> c.load)
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.agent.skillScore())
                    .reversed())
            .thenComparingLong(c -> c.agent.id());

    private ChatAssignment() {}

    /**
     * @param limits how many chats each agent on the chat queue may hold; agents not in it are not offered any
     * @param held   how many chats each agent holds now; absent means none
     * @return chat id to agent id, for the chats someone can take now, in the order they are served
     */
    public static Map<Long, Long> assign(
            List<WaitingChat> waiting, Map<Long, Integer> limits, Map<Long, Integer> held) {
        Map<Long, Integer> load = new HashMap<>(held);
        Map<Long, Long> offers = new LinkedHashMap<>();
        waiting.stream()
                .sorted(Comparator.comparing(WaitingChat::since).thenComparingLong(WaitingChat::id))
                .forEach(chat -> best(chat, limits, load).ifPresent(agent -> {
                    offers.put(chat.id(), agent);
                    load.merge(agent, 1, Integer::sum);
                }));
        return offers;
    }

    /** Whether this agent may take this chat now, whoever it was offered to. */
    public static boolean mayTake(long agentId, WaitingChat chat, Map<Long, Integer> limits, Map<Long, Integer> held) {
        Integer limit = limits.get(agentId);
        return limit != null
                && held.getOrDefault(agentId, 0) < limit
                && chat.qualified().stream().anyMatch(a -> a.id() == agentId && a.available());
    }

    /**
     * Whether anyone may come to this chat: an agent on the chat queue, available and qualified for its topic, at
     * their limit or not (a busy agent frees a place soon; an absent one does not). When nobody may, the customer
     * is told so instead of being left waiting.
     */
    public static boolean anyoneFor(WaitingChat chat, Map<Long, Integer> limits) {
        return chat.qualified().stream().anyMatch(a -> a.available() && limits.containsKey(a.id()));
    }

    private static Optional<Long> best(WaitingChat chat, Map<Long, Integer> limits, Map<Long, Integer> load) {
        return chat.qualified().stream()
                .filter(ChatAgent::available)
                .filter(a -> limits.containsKey(a.id()) && load.getOrDefault(a.id(), 0) < limits.get(a.id()))
                .map(a -> new Candidate(a, load.getOrDefault(a.id(), 0)))
                .min(BEST)
                .map(c -> c.agent.id());
    }

    private record Candidate(ChatAgent agent, int load) {}
}
