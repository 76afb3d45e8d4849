package dev.kantor.cases.views;

/** Which way a queue column is sorted. */
public enum SortDirection {
    ASC,
    DESC;

    public SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }

    /** As the queue's address writes it. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
