package dev.kantor.routing;

import java.time.Instant;

/** Nobody could take the customer now: the case waits, unowned, in its topic's team queue. */
public record HandoffQueued(long handoffId, long caseId, String topic, Instant at) {}
