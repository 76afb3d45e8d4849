package dev.kantor.arrangements;

import java.time.Instant;

import dev.kantor.policies.ArrangementKind;

/**
 * A manager approved or declined a work arrangement.
 *
 * @param overridden approved although it leaves a front-office queue short, with the manager's reason recorded
 */
public record ArrangementDecided(
        long arrangementId,
        long employeeId,
        ArrangementKind kind,
        boolean approved,
        boolean overridden,
        long decidedBy,
        Instant at) {}
