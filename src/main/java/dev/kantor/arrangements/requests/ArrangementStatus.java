package dev.kantor.arrangements.requests;

/** Where a work arrangement stands. */
public enum ArrangementStatus {
    /** Filed, waiting on the manager. */
    PENDING,
    APPROVED,
    DECLINED,
    /** The employee took it back, waiting or approved. */
    WITHDRAWN;

    /** Whether the employee may still withdraw it. */
    public boolean withdrawable() {
        return this == PENDING || this == APPROVED;
    }
}
