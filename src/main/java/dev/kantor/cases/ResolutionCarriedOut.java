package dev.kantor.cases;

import java.time.Instant;

/**
 * A resolution action within its proposer's delegated authority was carried out at once.
 *
 * @param amount in rupiah
 * @param by     the employee who carried it out, from whose day the amount was taken
 */
public record ResolutionCarriedOut(long actionId, long caseId, ResolutionType type, long amount, long by, Instant at) {}
