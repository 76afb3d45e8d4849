package dev.kantor.arrangements;

import java.time.Instant;

import dev.kantor.policies.ArrangementKind;

/**
 * An employee asked for a work arrangement; it waits on their manager.
 *
 * @param managerId the employee's manager when it was filed, who decides it; null when they have none (an admin
 *                  decides)
 */
public record ArrangementRequested(
        long arrangementId, long employeeId, Long managerId, ArrangementKind kind, Instant at) {}
