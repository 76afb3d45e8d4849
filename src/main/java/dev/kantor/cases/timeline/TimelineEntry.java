package dev.kantor.cases.timeline;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;

/**
 * One entry on a case's timeline.
 *
 * @param authorId the employee who wrote or did it; null for the customer or Kantor itself
 * @param detail   what the entry is about in {@link EntryDetail}'s form; read it through the
 *                 typed accessors below
 */
public record TimelineEntry(
        long id,
        long caseId,
        Instant at,
        EntryKind kind,
        boolean visibleToCustomer,
        Long authorId,
        boolean byCustomer,
        String body,
        String detail) {

    /**
     * The channel a case was opened through ({@link EntryKind#OPENED}), or a reply went by
     * ({@link EntryKind#REPLY}: EMAIL, or WEB when the customer has no address and reads it only
     * behind their private link; empty for replies written before Kantor recorded it).
     */
    public Optional<Channel> channel() {
        return EntryDetail.named(Channel.class, detail);
    }

    /** The priority a case was given ({@link EntryKind#PRIORITY}). */
    public Optional<Priority> priority() {
        return EntryDetail.named(Priority.class, detail);
    }

    /** The status a case moved to ({@link EntryKind#STATUS}). */
    public Optional<CaseStatus> status() {
        return EntryDetail.named(CaseStatus.class, detail);
    }

    /** The employee a case went to, or who was offered or declined it (owner and handoff entries). */
    public Optional<Long> employeeId() {
        return EntryDetail.number(detail);
    }

    /** The resolution action, with the approver asked when one is ({@code ACTION_*} entries). */
    public Optional<EntryDetail.Action> action() {
        return EntryDetail.action(detail);
    }

    /** Where a waiting approval moved from, and why ({@link EntryKind#ACTION_ESCALATED}). */
    public Optional<EntryDetail.Move> move() {
        return EntryDetail.move(detail);
    }

    /** The stars a customer gave ({@link EntryKind#RATED}). */
    public OptionalInt stars() {
        return EntryDetail.stars(detail);
    }
}
