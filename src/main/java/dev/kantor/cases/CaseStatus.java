package dev.kantor.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its life. */
public enum CaseStatus {
    NEW,
    OPEN,
    WAITING_ON_CUSTOMER,
    PENDING_APPROVAL,
    RESOLVED,
    CLOSED;

    /** Statuses an employee may choose by hand; approvals and resolutions set the others. */
    public static final Set<CaseStatus> CHOSEN_BY_HAND = EnumSet.of(OPEN, WAITING_ON_CUSTOMER, RESOLVED, CLOSED);

    public boolean done() {
        return this == RESOLVED || this == CLOSED;
    }
}
