package dev.kantor.chat.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import dev.kantor.cases.ChatCases;
import dev.kantor.platform.i18n.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a chat, by the customer or its agent: says so in the chat, writes the transcript on the case once, and
 * mails it to the customer once if they left an address.
 */
@Service
@Transactional
public class ChatEnd {

    private final Conversations conversations;
    private final ChatLines lines;
    private final ChatCases cases;
    private final ChatPulse pulse;
    private final Clock clock;

    ChatEnd(Conversations conversations, ChatLines lines, ChatCases cases, ChatPulse pulse, Clock clock) {
        this.conversations = conversations;
        this.lines = lines;
        this.cases = cases;
        this.pulse = pulse;
        this.clock = clock;
    }

    /**
     * @param by the employee who ended it; null for the customer
     * @return whether it ended now (false when it had ended before)
     */
    public boolean end(Conversation chat, Long by) {
        return end(chat, by, by == null ? "CLOSED_BY_CUSTOMER" : "CLOSED");
    }

    /**
     * The same, saying in the chat what ended it.
     *
     * @param line the system line's key after {@code chat.system.}
     */
    public boolean end(Conversation chat, Long by, String line) {
        Instant now = clock.instant();
        if (!conversations.close(chat.id(), now)) {
            return false;
        }
        conversations.append(chat.id(), Author.SYSTEM, by, line, now);
        Locale locale = Languages.of(chat.language()).orElse(Languages.INDONESIAN);
        String transcript = lines.transcript(chat, conversations.after(chat.id(), 0, false), locale);
        cases.transcript(chat.id(), chat.caseId(), transcript, now);
        Conversation ended = conversations.find(chat.id()).orElseThrow();
        mailIfAsked(ended, transcript, now);
        pulse.written(chat.id());
        return true;
    }

    /** Mails the transcript of an ended chat to the address the customer left, once. */
    public void mailIfAsked(Conversation chat, String transcript, Instant now) {
        if (chat.state() == ChatState.CLOSED
                && chat.email() != null
                && conversations.transcriptMailed(chat.id(), now)) {
            cases.mailTranscript(chat.caseId(), chat.email(), chat.language(), chat.customerName(), transcript);
        }
    }

    /** The transcript of a chat in its customer's language. */
    public String transcriptOf(Conversation chat) {
        Locale locale = Languages.of(chat.language()).orElse(Languages.INDONESIAN);
        return lines.transcript(chat, conversations.after(chat.id(), 0, false), locale);
    }
}
