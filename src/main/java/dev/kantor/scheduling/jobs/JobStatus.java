package dev.kantor.scheduling.jobs;

/** Where a solving job is. */
public enum JobStatus {
    /** Waiting for a free solver. */
    QUEUED,
    /** Being solved; the best answer so far is kept as it improves. */
    SOLVING,
    /** Solved to the time limit or a proven optimum. */
    SOLVED,
    /** Stopped early on request, with the best answer found by then. */
    STOPPED,
    /** The solver failed or the node solving it went away; the best answer found by then is kept. */
    FAILED;

    public boolean isFinished() {
        return this == SOLVED || this == STOPPED || this == FAILED;
    }
}
