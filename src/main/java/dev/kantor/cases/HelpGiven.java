package dev.kantor.cases;

import java.time.Instant;

/**
 * A manager stepped in on a case whose owner asked for help: they said so, or they worked the case
 * (replied, changed its status or owner, decided its approval). The request is closed.
 *
 * @param by  the manager who is stepping in
 * @param how {@code HELP_GIVEN} when they said so, {@code ACTED_ON} when they worked the case
 */
public record HelpGiven(
        long helpRequestId, long caseId, String reference, long requestedBy, long by, String how, Instant at) {}
