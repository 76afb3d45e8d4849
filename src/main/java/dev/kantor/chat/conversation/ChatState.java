package dev.kantor.chat.conversation;

/** Where a chat stands: waiting for an agent, under way with one, or over. */
public enum ChatState {
    WAITING,
    ACTIVE,
    CLOSED
}
