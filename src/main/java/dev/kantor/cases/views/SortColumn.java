package dev.kantor.cases.views;

import java.util.Locale;

/**
 * The columns the case queue sorts by, each with the direction a first click sorts it in: text
 * from A, the newest cases and the most urgent priority first, the nearest service target first.
 */
public enum SortColumn {
    REFERENCE(SortDirection.ASC),
    SUBJECT(SortDirection.ASC),
    CUSTOMER(SortDirection.ASC),
    STATUS(SortDirection.ASC),
    PRIORITY(SortDirection.DESC),
    OWNER(SortDirection.ASC),
    OPENED(SortDirection.DESC),
    /** The next service target (first response or resolution) still running, the breached ones first. */
    DUE(SortDirection.ASC);

    private final SortDirection firstDirection;

    SortColumn(SortDirection firstDirection) {
        this.firstDirection = firstDirection;
    }

    public SortDirection firstDirection() {
        return firstDirection;
    }

    /** As the queue's address writes it: {@code sort=opened}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
