package dev.kantor.routing;

/** What an alert tells its reader about a handoff. */
public enum AlertKind {
    /** To the sender: the colleague accepted, the customer is in their hands. */
    ACCEPTED,
    /** To the sender and the team's on-duty managers: nobody accepted, the case waits in the queue. */
    QUEUED
}
