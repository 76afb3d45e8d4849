package dev.kantor.assessment;

/** Who a person may share their self-assessment results with; nobody sees them before. */
public enum Audience {
    /** Everyone with the HR role. */
    HR,
    /** The person's own manager. */
    MANAGER
}
