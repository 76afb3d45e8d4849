package dev.kantor.routing;

/** Who set a presence: the person, in one click, or their shift (the scheduling module, later). */
public enum PresenceSource {
    MANUAL, SCHEDULE
}
