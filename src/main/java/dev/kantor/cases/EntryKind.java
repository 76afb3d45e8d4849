package dev.kantor.cases;

/** What an entry on a case's timeline records. */
public enum EntryKind {
    OPENED, CUSTOMER_MESSAGE, REPLY, NOTE, STATUS, OWNER, ACTION_CARRIED_OUT, ACTION_PENDING, ACTION_PASSED_ON,
    ACTION_APPROVED, ACTION_REJECTED, HELP_REQUESTED, RATED,
    /** Warm handoffs: offered to a colleague, declined, not answered in time, fallen back to the queue. */
    HANDOFF_OFFERED, HANDOFF_DECLINED, HANDOFF_EXPIRED, HANDOFF_QUEUED;

    /** Whether the customer sees it on the portal; notes and approval steps stay internal. */
    public boolean publicByDefault() {
        return switch (this) {
            case OPENED, CUSTOMER_MESSAGE, REPLY, STATUS, OWNER, ACTION_CARRIED_OUT, ACTION_APPROVED, RATED -> true;
            default -> false;
        };
    }
}
