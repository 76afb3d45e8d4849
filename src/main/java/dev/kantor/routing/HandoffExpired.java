package dev.kantor.routing;

import java.time.Instant;

/** An offer ran out unanswered; the next person is asked, or the case is queued. */
public record HandoffExpired(long handoffId, long caseId, long offeredTo, Instant at) {}
