package dev.kantor.assessment;

import java.time.Instant;

/** An employee let an audience see their self-assessment results (from now until they revoke it). */
public record ResultShared(long employeeId, Audience audience, Instant sharedAt) {}
