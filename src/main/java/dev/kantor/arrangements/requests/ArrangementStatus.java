package dev.kantor.arrangements.requests;

/** Where a work arrangement stands. */
public enum ArrangementStatus {
    /** Filed, waiting on the manager. */
    PENDING,
    APPROVED,
    DECLINED,
    /** The employee took it back, waiting or approved. */
    WITHDRAWN,
    /** Approved once, then replaced by a changed arrangement the employee asked for and the manager approved. */
    REPLACED;

    /** Whether the employee may still withdraw it. */
    public boolean withdrawable() {
        return this == PENDING || this == APPROVED;
    }
}
