package dev.kantor.routing;

import java.time.Instant;

/** The customer was offered to a colleague, who now has a set time to accept or decline. */
public record HandoffOffered(long handoffId, long caseId, long senderId, long offeredTo, Instant at) {}
