package dev.kantor.cases;

import java.time.Instant;

/**
 * What the portal's web chat needs of cases: every chat is a case on the {@link Channel#CHAT}
 * channel, opened when the customer starts it (so that it counts in the contact history when it
 * came in), owned by the agent who takes it, with its transcript on the timeline once it ends, and
 * mailed to the customer if they ask. Each step names the chat, so that doing it twice (a retry, an
 * event delivered again) changes the case once.
 */
public interface ChatCases {

    /**
     * A chat the customer starts.
     *
     * @param email    where the transcript may go; optional
     * @param language the customer's language: {@code id} or {@code en}
     * @param message  what the customer asks first; it becomes the case's first message
     */
    record NewChat(String customerName, String email, String language, String topic, String message) {}

    /** The case a chat became. */
    record ChatCase(long caseId, String reference) {}

    /**
     * Opens the chat's case, unowned until an agent takes the chat. Refused with
     * {@link dev.kantor.platform.InvalidInput} naming {@link NewChat}'s fields ({@code customerName},
     * {@code email}, {@code language}, {@code topic}, {@code message}).
     */
    ChatCase open(NewChat chat);

    /**
     * The agent took the chat: they own its case, and had customer contact through it. Nothing
     * changes when they own it already.
     */
    void taken(long caseId, long agentId, Instant at);

    /**
     * Writes the chat's transcript on its case's timeline, internal to staff, once per chat.
     *
     * @return whether it was written now
     */
    boolean transcript(long chatId, long caseId, String transcript, Instant at);

    /**
     * Mails the transcript to the customer in their language, through the case's outbox, as part
     * of the caller's transaction. The caller sends it once per chat.
     */
    void mailTranscript(long caseId, String email, String language, String customerName, String transcript);

    /**
     * The customer, whom nobody could serve on the chat, left their question as a message instead of waiting: the
     * case stays open in the case queue, to be answered by e-mail. The address goes on the customer's record when
     * it has none (a chat started without one), the timeline says what happened, and the customer gets the case's
     * confirmation with its reference and private link. Once per chat.
     *
     * @param email where the answer goes when the customer's record has no address yet
     * @return whether it was recorded now
     */
    boolean leftAsMessage(long chatId, long caseId, String email, Instant at);
}
