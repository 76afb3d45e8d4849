package dev.kantor.chat.assignment;

/** Why nobody is coming to a chat now: the customer is told so, and may leave their question as a message. */
public enum Unattended {
    /** Outside the business's opening hours, or on a public holiday. */
    CLOSED,
    /** Open, but nobody on the chat queue who is available (and qualified for the chat's topic) is there. */
    NOBODY
}
