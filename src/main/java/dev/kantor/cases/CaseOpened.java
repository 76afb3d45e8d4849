package dev.kantor.cases;

import java.time.Instant;

/**
 * A case was opened, from any channel.
 *
 * @param loggedBy the employee who logged the contact and owns the case; null when the customer
 *                 wrote in themselves
 */
public record CaseOpened(
        long caseId,
        String reference,
        Channel channel,
        CaseType type,
        String topic,
        Priority priority,
        Long loggedBy,
        Instant at) {}
