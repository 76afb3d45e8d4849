package dev.kantor.cases;

import java.time.Instant;

/**
 * The customer wrote on their case (a reply through their private link), after it was opened.
 *
 * @param ownerId who owns the case and so should read it; null when nobody does
 */
public record CustomerMessageReceived(long caseId, String reference, Long ownerId, Instant at) {}
