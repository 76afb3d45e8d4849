package dev.kantor.cases;

import java.time.Instant;

/**
 * One entry on a case's timeline.
 *
 * @param authorId the employee who wrote or did it; null for the customer or Kantor itself
 * @param detail   a code the page turns into words, e.g. the new status or "REFUND 250000"
 */
public record TimelineEntry(long id, long caseId, Instant at, EntryKind kind, boolean visibleToCustomer,
        Long authorId, boolean byCustomer, String body, String detail) {
}
