package dev.kantor.chat.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import dev.kantor.cases.ChatCases;
import dev.kantor.chat.assignment.ChatReach;
import dev.kantor.chat.conversation.Author;
import dev.kantor.chat.conversation.ChatEnd;
import dev.kantor.chat.conversation.ChatLines;
import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.ChatState;
import dev.kantor.chat.conversation.ChatTokens;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.chat.conversation.Conversations;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's chat, found only by the token in their cookie: started (a CHAT case opened with it), read,
 * written to, given an address for the transcript, ended. A token of no chat is refused as not found, the same
 * as a missing one, so that nobody learns which chats exist.
 */
@Service
@Transactional
public class CustomerChats {

    /** The longest message in a chat. */
    public static final int MAX_MESSAGE = 2000;

    private final Conversations conversations;
    private final ChatCases cases;
    private final ChatLines lines;
    private final ChatEnd end;
    private final ChatPulse pulse;
    private final People people;
    private final ChatReach reach;
    private final Clock clock;

    CustomerChats(
            Conversations conversations,
            ChatCases cases,
            ChatLines lines,
            ChatEnd end,
            ChatPulse pulse,
            People people,
            ChatReach reach,
            Clock clock) {
        this.reach = reach;
        this.conversations = conversations;
        this.cases = cases;
        this.lines = lines;
        this.end = end;
        this.pulse = pulse;
        this.people = people;
        this.clock = clock;
    }

    /** A chat and the token that opens it. */
    public record Started(String token, Conversation chat) {}

    /**
     * Starts a chat and opens its case. Refused naming the field: {@code customerName}, {@code email},
     * {@code topic}, {@code language}, {@code message}.
     */
    public Started start(StartChat form) {
        new InputCheck()
                .required("customerName", form.customerName(), 120)
                .maxLength("email", form.email(), 160)
                .email("email", blankToNull(form.email()))
                .required("topic", form.topic(), 40)
                .that(Languages.of(form.language()).isPresent(), "language", "validation.unknown-language", "")
                .required("message", form.message(), MAX_MESSAGE)
                .throwIfAny();
        String language = Languages.of(form.language()).orElseThrow().getLanguage();
        String email = blankToNull(form.email());
        ChatCases.ChatCase c = cases.open(new ChatCases.NewChat(
                form.customerName().strip(),
                email,
                language,
                form.topic(),
                form.message().strip()));
        Instant now = clock.instant();
        String token = ChatTokens.newToken();
        long id = conversations.insert(
                ChatTokens.hash(token),
                form.customerName().strip(),
                email == null ? null : email.strip(),
                form.topic(),
                language,
                c.caseId(),
                c.reference(),
                now);
        conversations.append(id, Author.CUSTOMER, null, form.message().strip(), now);
        return new Started(token, conversations.find(id).orElseThrow());
    }

    /** The chat this token opens; refused as not found when it opens none. */
    @Transactional(readOnly = true)
    public Conversation chat(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw KantorException.notFound("chat.not-found");
        }
        return conversations
                .byTokenHash(ChatTokens.hash(token))
                .orElseThrow(() -> KantorException.notFound("chat.not-found"));
    }

    /** What the customer sees: where the chat stands, and the messages after {@code after}, in their language. */
    @Transactional(readOnly = true)
    public CustomerChatView view(String token, long after) {
        return view(chat(token), after);
    }

    /** The same, for a chat already found (a waiting reader answered later). */
    @Transactional(readOnly = true)
    public CustomerChatView view(Conversation known, long after) {
        Conversation c = conversations.find(known.id()).orElseThrow();
        Locale locale = Languages.of(c.language()).orElse(Languages.INDONESIAN);
        Integer position = c.state() == ChatState.WAITING ? conversations.waitingBefore(c) + 1 : null;
        String agent = c.agentId() == null ? null : people.nameOf(c.agentId()).orElse(null);
        var messages = lines.of(c, conversations.after(c.id(), Math.max(0, after), false), locale);
        // the chat's number was read before its messages, so every message up to it is among them, or hidden from
        // this reader (a note): they have seen up to there at least, and wait for what comes after
        long last = messages.isEmpty()
                ? c.lastSeq()
                : Math.max(c.lastSeq(), messages.get(messages.size() - 1).seq());
        String unattended = c.state() == ChatState.WAITING
                ? reach.forChat(c).map(Enum::name).orElse(null)
                : null;
        return new CustomerChatView(
                c.state().name(),
                position,
                agent,
                c.caseReference(),
                c.email() != null,
                last,
                messages,
                unattended,
                c.leftAsMessageAt() != null);
    }

    /** The customer writes. Refused naming {@code text}; a chat that ended takes no more messages (a conflict). */
    public long write(String token, String text) {
        Conversation c = chat(token);
        new InputCheck().required("text", text, MAX_MESSAGE).throwIfAny();
        if (c.state() == ChatState.CLOSED) {
            throw KantorException.conflict("chat.ended");
        }
        long seq = conversations.append(c.id(), Author.CUSTOMER, null, text.strip(), clock.instant());
        pulse.written(c.id());
        return seq;
    }

    /** The address the transcript goes to; mailed at once when the chat has ended. Refused naming {@code email}. */
    public void leaveEmail(String token, String email) {
        Conversation c = chat(token);
        new InputCheck().required("email", email, 160).email("email", email).throwIfAny();
        conversations.leaveEmail(c.id(), email.strip());
        if (c.state() == ChatState.CLOSED) {
            Conversation now = conversations.find(c.id()).orElseThrow();
            end.mailIfAsked(now, end.transcriptOf(now), clock.instant());
        }
    }

    /**
     * The customer stops waiting and leaves their question as a message: the chat ends, and its case stays in the
     * case queue to be answered by e-mail at this address (see {@link ChatCases#leftAsMessage}). Refused naming
     * {@code email}; a chat no longer waiting (an agent took it, it ended) is a conflict.
     */
    public void leaveAsMessage(String token, String email) {
        Conversation c = chat(token);
        new InputCheck().required("email", email, 160).email("email", email).throwIfAny();
        Instant now = clock.instant();
        if (!conversations.leftAsMessage(c.id(), now)) {
            throw KantorException.conflict("chat.not-waiting");
        }
        cases.leftAsMessage(c.id(), c.caseId(), email.strip(), now);
        end.end(c, null, "LEFT_AS_MESSAGE");
    }

    /** The customer ends the chat. */
    public void end(String token) {
        end.end(chat(token), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
