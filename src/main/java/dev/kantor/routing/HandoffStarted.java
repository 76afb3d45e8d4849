package dev.kantor.routing;

import java.time.Instant;

/**
 * An employee started handing a customer to a colleague.
 *
 * @param note the context the sender wrote for their colleague: internal, never the customer's
 */
public record HandoffStarted(long handoffId, long caseId, long senderId, String note, Instant at) {}
