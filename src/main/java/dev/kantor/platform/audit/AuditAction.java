package dev.kantor.platform.audit;

/** What happened to an audited record. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DEACTIVATED,
    REACTIVATED,
    IMPORTED,
    DELETED,
    /** An admin gave an account a temporary password. */
    PASSWORD_RESET,
    /** A person chose a new password for their own account. */
    PASSWORD_CHANGED,
    /** Failed sign-ins used up what an account or a client address may try for a while. */
    SIGN_IN_THROTTLED
}
