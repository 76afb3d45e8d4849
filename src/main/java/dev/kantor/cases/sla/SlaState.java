package dev.kantor.cases.sla;

/** Where a case stands against one service target. */
public enum SlaState {
    /** Done within the target. */
    MET,
    /** Running, with more than a fifth of the target left. */
    ON_TRACK,
    /** Running, with a fifth of the target or less left. */
    NEAR_BREACH,
    /** Standing still while the case waits on the customer. */
    PAUSED,
    /** The target has passed, done or not. */
    BREACHED
}
