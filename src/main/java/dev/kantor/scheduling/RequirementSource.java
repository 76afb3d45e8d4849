package dev.kantor.scheduling;

/** Where a schedule's requirement (agents on duty per 15-minute interval) comes from. */
public enum RequirementSource {
    /** Staffing's agents to schedule: those needed on the floor plus the queue's shrinkage. */
    STAFFING_SCHEDULED,
    /** Staffing's agents needed on the floor alone. */
    STAFFING_ON_FLOOR,
    /** Typed or imported by the manager as CSV. */
    TYPED
}
