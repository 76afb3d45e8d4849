package dev.kantor.chat;

import java.util.Map;

/**
 * Who works the web chat queue, and how many chats each of them holds at once. Only agents on the
 * queue are offered chats or may accept one; among them, chats go to those available and skilled for
 * the chat's topic (routing's "who can help").
 */
public interface ChatQueue {

    /** The most chats anyone is given at once. */
    int MOST_CHATS = 20;

    /**
     * Puts an employee on the chat queue, or changes their limit. Refused naming {@code maxChats}
     * (1 to {@link #MOST_CHATS}) or {@code employeeId} (no active employee).
     */
    void staff(long employeeId, int maxChats);

    /** Takes an employee off the chat queue; the chats they hold stay theirs. */
    void release(long employeeId);

    /** Everyone on the chat queue with their limit. */
    Map<Long, Integer> agents();
}
