package dev.kantor.routing;

/** How one offer of a handoff ended. */
public enum OfferOutcome {
    ACCEPTED, DECLINED, EXPIRED
}
