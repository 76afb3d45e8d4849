package dev.kantor.cases;

import java.time.Instant;

/**
 * Cases from before Kantor kept them (an earlier system's history, the demo company's eight
 * weeks), recorded as they happened: each step at the moment and by the person the history names,
 * through the same rules as today's work, so that delegated authority, approvals and service
 * clocks come out as they stood then. Customers are not written to again: they were answered at
 * the time. Only admins record history.
 * <p>
 * A case is recorded one step at a time, each step all or nothing: a step the rules refuse (a
 * moment still to come or before the case was opened, a rating before the case was resolved)
 * changes nothing, and says why as {@link dev.kantor.platform.InvalidInput} or
 * {@link dev.kantor.platform.KantorException}.
 */
public interface CaseHistory {

    /**
     * A past customer contact.
     *
     * @param at       when it came in; not in the future
     * @param loggedBy the employee who logged it and so owned it; null when the customer wrote in
     */
    record PastContact(NewCase contact, Instant at, Long loggedBy) {}

    /** One past step of a case; {@code at} lies between the case's opening and now. */
    sealed interface Step permits Taken, Replied, HelpAsked, StatusChanged, ResolutionProposed, ApproverDecided, Rated {

        Instant at();
    }

    /** An employee took the case. */
    record Taken(Instant at, long by) implements Step {}

    /** An employee wrote to the customer, and perhaps then waited on them. */
    record Replied(Instant at, long by, String text, boolean waitForCustomer) implements Step {}

    /** The owner asked their manager to step in. */
    record HelpAsked(Instant at, long by, String why) implements Step {}

    /** An employee changed the status by hand. */
    record StatusChanged(Instant at, long by, CaseStatus status) implements Step {}

    /**
     * An employee proposed a resolution action: carried out within their authority as it stood that
     * day, else sent to whoever could approve it then.
     *
     * @param amount in rupiah
     */
    record ResolutionProposed(Instant at, long by, ResolutionType type, long amount, String note) implements Step {}

    /**
     * The approver the case's waiting action was sent to decided it.
     *
     * @param reason why it was rejected; required when it was
     */
    record ApproverDecided(Instant at, boolean approved, String reason) implements Step {}

    /** The customer rated the service of the resolved case. */
    record Rated(Instant at, int stars, String comment) implements Step {}

    /** Where a recorded case stands after a step. */
    record RecordedCase(long caseId, String reference, CaseStatus status) {}

    /** Records a case opened in the past. */
    RecordedCase open(PastContact contact);

    /** Records the next step of a case recorded before. */
    RecordedCase record(long caseId, Step step);
}
