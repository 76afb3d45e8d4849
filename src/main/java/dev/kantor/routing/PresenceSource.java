package dev.kantor.routing;

/** Who set a presence: the person, in one click, or their published schedule. */
public enum PresenceSource {
    MANUAL,
    SCHEDULE
}
