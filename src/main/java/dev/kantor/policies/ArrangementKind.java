package dev.kantor.policies;

/** A work arrangement an employee may ask for, as far as a policy may allow it. */
public enum ArrangementKind {
    /** Working time with fixed core hours and a flexible band around them. */
    FLEXTIME,
    /** Working away from the office on some days. */
    TELEWORK
}
