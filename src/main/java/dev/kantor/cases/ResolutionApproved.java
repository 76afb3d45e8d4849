package dev.kantor.cases;

import java.time.Instant;

/**
 * A resolution action above its proposer's authority was approved, and so carried out.
 *
 * @param amount     in rupiah
 * @param approvedBy the approver, from whose day the amount was taken
 */
public record ResolutionApproved(
        long actionId, long caseId, ResolutionType type, long amount, long proposedBy, long approvedBy, Instant at) {}
