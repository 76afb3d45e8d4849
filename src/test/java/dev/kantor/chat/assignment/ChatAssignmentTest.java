package dev.kantor.chat.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChatAssignmentTest {

    private static final Instant NINE = Instant.parse("2026-11-30T02:00:00Z");

    private static ChatAgent agent(long id) {
        return new ChatAgent(id, true, true, 3);
    }

    private static WaitingChat chat(long id, int minutesAfterNine, ChatAgent... qualified) {
        return new WaitingChat(id, NINE.plusSeconds(60L * minutesAfterNine), List.of(qualified));
    }

    @Test
    void anAgentWhoIsNotAvailableIsOfferedNothing() {
        ChatAgent away = new ChatAgent(1, false, true, 5);

        Map<Long, Long> offers = ChatAssignment.assign(List.of(chat(10, 0, away)), Map.of(1L, 3), Map.of());

        assertThat(offers).isEmpty();
    }

    @Test
    void anAgentWithoutTheTopicsSkillsIsOfferedNothing() {
        // routing lists only the qualified: agent 2 is on the queue, but not among them
        Map<Long, Long> offers =
                ChatAssignment.assign(List.of(chat(10, 0, agent(1))), Map.of(1L, 3, 2L, 3), Map.of(1L, 3));

        assertThat(offers)
                .as("agent 1 is at their limit, agent 2 is not qualified")
                .isEmpty();
    }

    @Test
    void anAgentOffTheChatQueueIsOfferedNothingHoweverQualified() {
        Map<Long, Long> offers = ChatAssignment.assign(List.of(chat(10, 0, agent(1))), Map.of(), Map.of());

        assertThat(offers).isEmpty();
        assertThat(ChatAssignment.mayTake(1, chat(10, 0, agent(1)), Map.of(), Map.of()))
                .isFalse();
    }

    @Test
    void aChatHasSomeoneToComeWhenAQualifiedAgentOnTheQueueIsAvailableEvenAtTheirLimit() {
        ChatAgent away = new ChatAgent(1, false, true, 5);
        ChatAgent offTheQueue = agent(2);

        assertThat(ChatAssignment.anyoneFor(chat(10, 0, away, offTheQueue), Map.of(1L, 3)))
                .as("the one on the queue is away, the one available is not on the queue")
                .isFalse();
        assertThat(ChatAssignment.anyoneFor(chat(10, 0), Map.of(1L, 3)))
                .as("nobody qualified")
                .isFalse();
        assertThat(ChatAssignment.anyoneFor(chat(10, 0, away, agent(3)), Map.of(1L, 3, 3L, 1)))
                .as("agent 3 is on the queue and available; at their limit they free a place soon")
                .isTrue();
    }

    @Test
    void noAgentIsGivenMoreChatsThanTheirLimit() {
        List<WaitingChat> waiting =
                List.of(chat(10, 0, agent(1)), chat(11, 1, agent(1)), chat(12, 2, agent(1)), chat(13, 3, agent(1)));

        Map<Long, Long> offers = ChatAssignment.assign(waiting, Map.of(1L, 3), Map.of(1L, 1));

        assertThat(offers).containsOnlyKeys(10L, 11L);
        assertThat(ChatAssignment.mayTake(1, chat(14, 4, agent(1)), Map.of(1L, 3), Map.of(1L, 3)))
                .isFalse();
        assertThat(ChatAssignment.mayTake(1, chat(14, 4, agent(1)), Map.of(1L, 3), Map.of(1L, 2)))
                .isTrue();
    }

    @Test
    void theChatThatWaitedLongestIsServedFirst() {
        List<WaitingChat> waiting = List.of(chat(12, 5, agent(1)), chat(11, 1, agent(1)), chat(10, 3, agent(1)));

        Map<Long, Long> offers = ChatAssignment.assign(waiting, Map.of(1L, 1), Map.of());

        assertThat(offers).containsExactly(Map.entry(11L, 1L));
    }

    @Test
    void aSpeakerOfTheCustomersLanguageComesBeforeAFreerAgentWhoDoesNot() {
        ChatAgent speaks = new ChatAgent(1, true, true, 3);
        ChatAgent doesNot = new ChatAgent(2, true, false, 5);

        Map<Long, Long> offers =
                ChatAssignment.assign(List.of(chat(10, 0, doesNot, speaks)), Map.of(1L, 3, 2L, 3), Map.of(1L, 2));

        assertThat(offers).containsEntry(10L, 1L);
    }

    @Test
    void theAgentHoldingFewerChatsComesFirstThenTheMoreSkilled() {
        ChatAgent busy = new ChatAgent(1, true, true, 5);
        ChatAgent freer = new ChatAgent(2, true, true, 3);
        ChatAgent expert = new ChatAgent(3, true, true, 4);

        Map<Long, Long> offers = ChatAssignment.assign(
                List.of(chat(10, 0, busy, freer, expert), chat(11, 1, busy, freer, expert)),
                Map.of(1L, 5, 2L, 5, 3L, 5),
                Map.of(1L, 2, 2L, 1, 3L, 1));

        assertThat(offers).containsExactly(Map.entry(10L, 3L), Map.entry(11L, 2L));
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 7L, 42L, 2026L, 99_991L);
    }

    /** However many chats and agents, nobody exceeds their limit and only the qualified, available, rostered get chats. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomQueuesKeepEveryRule(long seed) {
        Random random = new Random(seed);
        List<ChatAgent> agents = new ArrayList<>();
        Map<Long, Integer> limits = new HashMap<>();
        Map<Long, Integer> held = new HashMap<>();
        for (long id = 1; id <= 12; id++) {
            agents.add(new ChatAgent(id, random.nextInt(4) > 0, random.nextBoolean(), 1 + random.nextInt(5)));
            if (random.nextInt(5) > 0) {
                limits.put(id, 1 + random.nextInt(4));
                held.put(id, random.nextInt(3));
            }
        }
        List<WaitingChat> waiting = new ArrayList<>();
        for (long id = 100; id < 140; id++) {
            List<ChatAgent> qualified =
                    agents.stream().filter(a -> random.nextInt(3) > 0).toList();
            waiting.add(new WaitingChat(id, NINE.plusSeconds(random.nextInt(3600)), qualified));
        }

        Map<Long, Long> offers = ChatAssignment.assign(waiting, limits, held);

        Map<Long, Integer> load = new HashMap<>(held);
        offers.forEach((chatId, agentId) -> load.merge(agentId, 1, Integer::sum));
        offers.forEach((chatId, agentId) -> {
            WaitingChat chat =
                    waiting.stream().filter(w -> w.id() == chatId).findFirst().orElseThrow();
            assertThat(chat.qualified()).anyMatch(a -> a.id() == agentId && a.available());
            assertThat(limits).containsKey(agentId);
            assertThat(load.get(agentId)).isLessThanOrEqualTo(limits.get(agentId));
        });
        // a chat left waiting has nobody left who could take it, once earlier chats were served
        waiting.stream().filter(w -> !offers.containsKey(w.id())).forEach(w -> assertThat(w.qualified())
                .noneMatch(a -> a.available()
                        && limits.containsKey(a.id())
                        && load.getOrDefault(a.id(), 0) < limits.get(a.id())));
    }
}
