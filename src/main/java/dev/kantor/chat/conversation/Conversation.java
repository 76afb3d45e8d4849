package dev.kantor.chat.conversation;

import java.time.Instant;

/**
 * One chat as stored.
 *
 * @param agentId  who holds it; null while it waits
 * @param lastSeq  the sequence number of its latest message
 * @param leftAsMessageAt when the customer, whom nobody could serve, left their question as a message instead of
 *                        waiting; null when they did not
 */
public record Conversation(
        long id,
        String customerName,
        String email,
        String topic,
        String language,
        ChatState state,
        Long agentId,
        long caseId,
        String caseReference,
        Instant startedAt,
        Instant acceptedAt,
        Instant closedAt,
        long lastSeq,
        Instant transcriptMailedAt,
        Instant leftAsMessageAt) {

    public boolean heldBy(long employeeId) {
        return agentId != null && agentId == employeeId && state == ChatState.ACTIVE;
    }
}
