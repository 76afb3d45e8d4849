package dev.kantor.mailin.receiving;

/** What became of a mail. */
public enum Outcome {
    /** It opened a case. */
    OPENED,
    /** It was written on its case. */
    ADDED,
    /** It was written on its case, which it reopened. */
    REOPENED,
    /** It answered a case closed, or resolved too long ago: it opened a new case that names the old one. */
    FOLLOW_UP,
    /** Written by a machine or come back to Kantor: nothing done (the reason says why). */
    IGNORED,
    /** Its sender wrote too often: nothing done. */
    THROTTLED,
    /** Received before (by this node or another): nothing done again. Never stored. */
    DUPLICATE
}
