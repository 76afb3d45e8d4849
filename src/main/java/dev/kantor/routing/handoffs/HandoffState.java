package dev.kantor.routing.handoffs;

/** Where a handoff stands: offered to someone, accepted by them, or fallen back to the team queue. */
public enum HandoffState {
    OFFERED,
    ACCEPTED,
    QUEUED
}
