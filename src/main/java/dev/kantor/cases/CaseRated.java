package dev.kantor.cases;

import java.time.Instant;

/**
 * The customer rated the service of a resolved case, once. Their comment stays with the case.
 *
 * @param stars   1 to 5
 * @param ownerId who owned the case, whose service was rated; null when nobody did
 */
public record CaseRated(long caseId, String reference, int stars, Long ownerId, Instant at) {}
