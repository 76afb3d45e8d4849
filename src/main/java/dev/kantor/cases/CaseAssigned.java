package dev.kantor.cases;

import java.time.Instant;

/**
 * A case changed owner: taken, handed to someone, accepted in a warm handoff, or back in the queue
 * with nobody owning it.
 *
 * @param ownerId         the new owner; null when the case went back to the queue
 * @param previousOwnerId who owned it before, or null
 * @param by              the employee who changed it; null when Kantor did (a handoff nobody took)
 */
public record CaseAssigned(long caseId, String reference, Long ownerId, Long previousOwnerId, Long by, Instant at) {}
