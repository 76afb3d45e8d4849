package dev.kantor.chat.assignment;

/**
 * A manager's change to the chat queue: someone put on it, or given another limit.
 *
 * @param maxChats kept as text so that a value that is no number is shown next to the field
 */
record ChatAgentForm(Long employeeId, String maxChats) {

    static ChatAgentForm empty() {
        return new ChatAgentForm(null, "3");
    }
}
