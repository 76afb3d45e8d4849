package dev.kantor.people;

import java.time.Instant;

/**
 * An employee leaving (deactivated) or coming back (reactivated), as the audit trail recorded it when HR or an
 * admin did it in Kantor.
 *
 * @param at   when it was recorded
 * @param left true when they left, false when they came back
 */
public record LeftOrCameBack(Instant at, boolean left) {}
