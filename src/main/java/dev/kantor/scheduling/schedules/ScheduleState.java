package dev.kantor.scheduling.schedules;

/** Whether a schedule's shifts are what was published last. */
public enum ScheduleState {
    /** Not published yet, or changed since it was. */
    DRAFT,
    /** Its shifts are what was published last. */
    PUBLISHED
}
