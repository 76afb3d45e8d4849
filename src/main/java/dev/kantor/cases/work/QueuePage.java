package dev.kantor.cases.work;

import java.util.List;

/**
 * One page of the case queue: its cases, how many cases match in all, and where the page starts.
 *
 * @param offset how many matching cases come before this page
 * @param limit  the most cases a page holds
 */
public record QueuePage(List<CaseSummary> cases, int total, int offset, int limit) {

    public QueuePage {
        cases = List.copyOf(cases);
    }

    /** The page's number, from 1. */
    public int number() {
        return offset / limit + 1;
    }

    public int pages() {
        return Math.max(1, (total + limit - 1) / limit);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + cases.size() < total;
    }

    /** The position of the page's first case among all that match, from 1; 0 on an empty page. */
    public int first() {
        return cases.isEmpty() ? 0 : offset + 1;
    }

    public int last() {
        return offset + cases.size();
    }
}
