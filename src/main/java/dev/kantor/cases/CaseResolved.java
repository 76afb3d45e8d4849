package dev.kantor.cases;

import java.time.Instant;

/**
 * A case was resolved, by hand or by a resolution action carried out or approved.
 *
 * @param ownerId who owned it then, or null
 * @param by      the employee who resolved it
 */
public record CaseResolved(
        long caseId,
        String reference,
        CaseType type,
        String topic,
        Channel channel,
        Long ownerId,
        Long by,
        Instant openedAt,
        Instant at) {}
