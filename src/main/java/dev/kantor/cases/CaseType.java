package dev.kantor.cases;

/** What the customer came with. */
public enum CaseType {
    QUESTION,
    REQUEST,
    COMPLAINT
}
