package dev.kantor.service.requests;

/** Where an internal request stands. */
public enum RequestStatus {
    /** Its service needs the department manager's approval first; the target clock has not started. */
    AWAITING_APPROVAL,
    OPEN,
    /** The department asked the requester something: the target clock stands still until they answer. */
    WAITING_ON_REQUESTER,
    RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
