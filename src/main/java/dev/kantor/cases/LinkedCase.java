package dev.kantor.cases;

import java.time.Instant;

/**
 * A customer case as another module's work refers to it: its reference, subject, owner and status.
 *
 * @param ownerId null while nobody owns it
 */
public record LinkedCase(
        long caseId, String reference, String subject, Long ownerId, CaseStatus status, Instant openedAt) {}
