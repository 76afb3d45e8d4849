package dev.kantor.cases.resolution;

/** Why someone cannot decide an approval now. */
enum Absence {
    /** Off duty by their presence (or never set it). */
    OFF_DUTY,
    /** Away by their presence. */
    AWAY,
    /** On a break by their presence: their published schedule's, or one they took by hand. */
    ON_BREAK,
    /** On leave, as whatever keeps leave says. */
    ON_LEAVE,
    /** No longer works here. */
    INACTIVE
}
