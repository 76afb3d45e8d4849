package dev.kantor.cases;

import java.time.Instant;

/**
 * The owner of a case asked their manager to step in.
 *
 * @param managerId whom they asked: their manager then; null when nobody is above them
 * @param reason    what they need help with, as they wrote it; internal to staff; may be null
 */
public record HelpRequested(
        long helpRequestId,
        long caseId,
        String reference,
        long requestedBy,
        Long managerId,
        String reason,
        Instant at) {}
