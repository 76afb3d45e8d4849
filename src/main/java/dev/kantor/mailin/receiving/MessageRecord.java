package dev.kantor.mailin.receiving;

import java.time.Instant;

/** A mail received, as admins see it on its mailbox: who wrote, what became of it, and why. */
public record MessageRecord(
        long id,
        long mailboxId,
        String messageKey,
        Instant receivedAt,
        String sender,
        String subject,
        Outcome outcome,
        String reason,
        Long caseId,
        String caseReference) {}
