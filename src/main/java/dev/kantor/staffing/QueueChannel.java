package dev.kantor.staffing;

/** How contacts reach a work queue. */
public enum QueueChannel {
    PHONE,
    FRONT_DESK,
    CHAT,
    EMAIL
}
