package dev.kantor.policies;

/** What a policy is about; each category has at most one policy in force for a person at a time. */
public enum PolicyCategory {
    DRESS_CODE,
    BREAKS_AND_MEALS,
    WORKING_TIME,
    FLEXTIME,
    TELEWORK,
    CONDUCT,
    SAFETY,
    OTHER;

    /** Whether a version of this category carries the structured rule the work arrangements read. */
    public boolean isArrangement() {
        return this == FLEXTIME || this == TELEWORK;
    }
}
