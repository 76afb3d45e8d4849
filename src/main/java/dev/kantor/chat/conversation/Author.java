package dev.kantor.chat.conversation;

/** Who wrote a message; a staff note is for staff only and never reaches the customer. */
public enum Author {
    CUSTOMER,
    AGENT,
    NOTE,
    /** Kantor itself: an agent joined, the chat was handed on or ended. The body names what happened. */
    SYSTEM;

    /** Whether the customer reads messages of this kind. */
    public boolean customerSees() {
        return this != NOTE;
    }
}
