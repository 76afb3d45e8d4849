package dev.kantor.cases.views;

/** Whose cases a queue shows; none of these means everyone's. */
public enum OwnerScope {
    /** The viewer's own cases. */
    MINE,
    /** Cases nobody owns yet. */
    UNASSIGNED
}
