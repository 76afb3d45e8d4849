package dev.kantor.cases;

import java.util.Optional;

/**
 * The web chat a case came from, as the case page links to it: implemented by the module that keeps the chats,
 * asked by the case page. Until one does, a case links to no chat.
 */
public interface ChatOfCase {

    /**
     * A link to a case's chat.
     *
     * @param live whether the chat is under way (waiting for an agent, or with one): the link shows it live; else it
     *             shows its transcript
     * @param path where staff read it, within Kantor (e.g. {@code /chat/chats/12})
     */
    record ChatLink(boolean live, String path) {}

    /** The chat this case came from; empty for a case from another channel. */
    Optional<ChatLink> of(long caseId);
}
