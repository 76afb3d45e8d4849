package dev.kantor.routing;

/** Where someone is right now; only AVAILABLE people are offered customers. */
public enum PresenceStatus {
    AVAILABLE,
    BUSY,
    ON_BREAK,
    AWAY,
    OFF_DUTY;

    /** Statuses someone comes back from on their own, so an expected return time makes sense. */
    public boolean temporary() {
        return this == BUSY || this == ON_BREAK || this == AWAY;
    }
}
