package dev.kantor.platform.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One entry of the audit trail: who did what to which record, and when. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        long entityId,
        String entityName,
        AuditAction action,
        String changes) {

    /** When it happened, on the server's clock, as pages show it. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(occurredAt, ZoneId.systemDefault());
    }
}
