package dev.kantor.platform.audit;

/** What happened to an audited record. */
public enum AuditAction {
    CREATED, UPDATED, DEACTIVATED, REACTIVATED, IMPORTED, DELETED
}
