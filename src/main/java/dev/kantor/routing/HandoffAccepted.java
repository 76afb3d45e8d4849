package dev.kantor.routing;

import java.time.Instant;

/** A colleague accepted the customer: the case is theirs now. */
public record HandoffAccepted(long handoffId, long caseId, long receiverId, Instant at) {}
