package dev.kantor.routing;

import java.time.Instant;

/** A colleague declined the offer; the next person is asked, or the case is queued. */
public record HandoffDeclined(long handoffId, long caseId, long declinedBy, String reason, Instant at) {}
