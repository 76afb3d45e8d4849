package dev.kantor.cases;

import java.time.Instant;

/**
 * A resolved case is being worked on again: its customer wrote back, or an employee reopened it.
 *
 * @param by the employee who reopened it; null when the customer did, by writing
 */
public record CaseReopened(long caseId, String reference, CaseStatus status, Long by, Instant at) {}
