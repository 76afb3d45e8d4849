package dev.kantor.cases.resolution;

/** Where a proposed resolution action stands. */
public enum ResolutionState {
    /** Within the proposer's authority: done at once. */
    CARRIED_OUT,
    /** Waiting for an approver. */
    PENDING,
    /** An approver agreed: done. */
    APPROVED,
    /** An approver refused, with a reason. */
    REJECTED
}
