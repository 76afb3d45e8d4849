package dev.kantor.routing.handoffs;

/** How one offer of a handoff ended. */
public enum OfferOutcome {
    ACCEPTED,
    DECLINED,
    EXPIRED
}
