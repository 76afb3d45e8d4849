package dev.kantor.chat.desk;

import java.util.List;

import dev.kantor.chat.conversation.ChatLine;

/**
 * One of the agent's chats: where it stands and the messages after the one asked for, staff notes included.
 *
 * @param lastSeq the latest message shown: ask for what comes after it
 */
public record AgentChatView(DeskChat chat, long lastSeq, List<ChatLine> messages) {}
