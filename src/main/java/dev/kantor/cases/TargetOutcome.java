package dev.kantor.cases;

/** How one service target of a case stands for reporting: decided either way, or still open. */
public enum TargetOutcome {
    /** Reached within the target. */
    MET,
    /** The target passed, reached or not. */
    BREACHED,
    /** Not reached yet and not passed yet (running or waiting on the customer). */
    RUNNING
}
