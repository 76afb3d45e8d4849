package dev.kantor.cases.views;

/** The order of a queue: a column and a direction; ties are broken by the case's id the same way. */
public record QueueOrder(SortColumn by, SortDirection direction) {

    /** The queue's order when nobody chose one. */
    public static final QueueOrder NEWEST_FIRST = new QueueOrder(SortColumn.OPENED, SortDirection.DESC);

    public QueueOrder {
        by = by == null ? NEWEST_FIRST.by() : by;
        direction = direction == null ? by.firstDirection() : direction;
    }

    public boolean ascending() {
        return direction == SortDirection.ASC;
    }
}
