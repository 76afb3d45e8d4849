package dev.kantor.cases;

/** How urgent a case is; complaints' priority is their severity. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
