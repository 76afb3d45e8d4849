package dev.kantor.cases;

import java.time.Instant;

/**
 * A resolution action above its proposer's authority was rejected; the case went back to its
 * owner. The approver's reason stays with the case.
 *
 * @param amount in rupiah
 */
public record ResolutionRejected(
        long actionId, long caseId, ResolutionType type, long amount, long proposedBy, long rejectedBy, Instant at) {}
