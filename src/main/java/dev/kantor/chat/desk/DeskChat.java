package dev.kantor.chat.desk;

import java.time.Instant;

/**
 * A chat on an agent's desk: offered to them, or theirs.
 *
 * @param since   when it started (offered) or when they took it (theirs)
 * @param lastSeq its latest message: a chat whose number passed what the agent read has news
 */
public record DeskChat(
        long id,
        String customerName,
        String topic,
        String topicName,
        String language,
        String state,
        long caseId,
        String caseReference,
        Instant since,
        long lastSeq) {}
