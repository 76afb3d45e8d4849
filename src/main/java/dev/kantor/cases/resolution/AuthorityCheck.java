package dev.kantor.cases.resolution;

/** The outcome of checking an action against someone's delegated authority. */
public enum AuthorityCheck {
    /** Carried out at once. */
    WITHIN,
    /** Above what one action may be worth: needs approval. */
    ABOVE_PER_ACTION,
    /** Would take the day's total over the limit: needs approval. */
    ABOVE_PER_DAY,
    /** No authority at all for this kind of action: only someone else can decide. */
    NONE;

    public boolean needsApproval() {
        return this != WITHIN;
    }
}
