package dev.kantor.platform.audit;

import java.time.Instant;

/** One entry of the audit trail: who did what to which record, and when. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        long entityId,
        String entityName,
        AuditAction action,
        String changes) {}
