package dev.kantor.routing.handoffs;

/** What an alert tells its reader about a handoff. */
enum AlertKind {
    /** To the sender: the colleague accepted, the customer is in their hands. */
    ACCEPTED,
    /** To the sender and the team's on-duty managers: nobody accepted, the case waits in the queue. */
    QUEUED
}
