package dev.kantor.chat.desk;

import java.util.List;

/**
 * An agent's chat desk.
 *
 * @param onQueue whether they work the chat queue; if not, they are offered nothing
 * @param limit   how many chats they hold at most
 * @param offers  waiting chats offered to them now, longest waiting first
 * @param others  other waiting chats they may take too, though offered to a colleague first
 * @param chats   the chats they hold
 */
public record DeskView(
        boolean onQueue, int limit, List<DeskChat> offers, List<DeskChat> others, List<DeskChat> chats) {}
