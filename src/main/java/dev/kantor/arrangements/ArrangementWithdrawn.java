package dev.kantor.arrangements;

import java.time.Instant;

import dev.kantor.policies.ArrangementKind;

/** An employee withdrew their work arrangement: waiting or approved, it no longer applies. */
public record ArrangementWithdrawn(long arrangementId, long employeeId, ArrangementKind kind, Instant at) {}
