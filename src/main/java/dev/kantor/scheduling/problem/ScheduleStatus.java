package dev.kantor.scheduling.problem;

/** Where a solve is: still running, finished, or stopped early. */
public enum ScheduleStatus {
    SOLVING,
    SOLVED,
    STOPPED
}
