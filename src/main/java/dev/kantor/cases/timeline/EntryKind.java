package dev.kantor.cases.timeline;

/** What an entry on a case's timeline records. */
public enum EntryKind {
    OPENED,
    CUSTOMER_MESSAGE,
    REPLY,
    NOTE,
    STATUS,
    OWNER,
    /** An employee put the case back in the queue with nobody owning it. */
    UNASSIGNED,
    ACTION_CARRIED_OUT,
    ACTION_PENDING,
    ACTION_PASSED_ON,
    ACTION_APPROVED,
    ACTION_REJECTED,
    /** A waiting approval moved to someone else: its approver was absent or silent, or a manager above took it over. */
    ACTION_ESCALATED,
    HELP_REQUESTED,
    /** A manager stepped in on a case whose owner asked for help. */
    HELP_GIVEN,
    RATED,
    /** An employee told the customer something by phone and noted it: internal, e-mailed to nobody. */
    CALL,
    /** The case's priority was changed by hand. */
    PRIORITY,
    /** Warm handoffs: offered to a colleague, declined, not answered in time, fallen back to the queue. */
    HANDOFF_OFFERED,
    HANDOFF_DECLINED,
    HANDOFF_EXPIRED,
    HANDOFF_QUEUED,
    /** The back office did its part for the case (a refund paid out); the detail says what: REFUND, REPLACEMENT, OTHER. */
    BACK_OFFICE_DONE,
    /** The transcript of the web chat the case came from, written when the chat ended: internal, mailed only on request. */
    CHAT_TRANSCRIPT,
    /** Nobody could serve the customer on the chat: they left their question to be answered by e-mail instead. */
    CHAT_LEFT_AS_MESSAGE;

    /**
     * Whether the customer may see this kind of entry on the portal; notes, approval steps and
     * handoffs stay internal. Staff text on an entry of a public kind stays internal too, unless
     * it is a reply (see {@code CaseTimeline.customerSees}).
     */
    public boolean publicByDefault() {
        return switch (this) {
            case OPENED,
                    CUSTOMER_MESSAGE,
                    REPLY,
                    STATUS,
                    OWNER,
                    ACTION_CARRIED_OUT,
                    ACTION_APPROVED,
                    RATED,
                    BACK_OFFICE_DONE -> true;
            default -> false;
        };
    }
}
