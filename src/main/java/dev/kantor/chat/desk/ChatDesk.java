package dev.kantor.chat.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.kantor.cases.ChatCases;
import dev.kantor.chat.assignment.ChatOffers;
import dev.kantor.chat.conversation.Author;
import dev.kantor.chat.conversation.ChatEnd;
import dev.kantor.chat.conversation.ChatLines;
import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.ChatState;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.chat.conversation.Conversations;
import dev.kantor.chat.customer.CustomerChats;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's work on the chat queue. Only agents on the queue are offered chats or may accept one, and only one
 * who is available, qualified for the chat's topic and below their limit ({@link ChatOffers}); a chat is read and
 * written by the agent who holds it, nobody else.
 */
@Service
@Transactional
public class ChatDesk {

    private final Conversations conversations;
    private final ChatOffers offers;
    private final ChatCases cases;
    private final ChatLines lines;
    private final ChatEnd end;
    private final ChatPulse pulse;
    private final TopicCatalogue topics;
    private final Clock clock;

    ChatDesk(
            Conversations conversations,
            ChatOffers offers,
            ChatCases cases,
            ChatLines lines,
            ChatEnd end,
            ChatPulse pulse,
            TopicCatalogue topics,
            Clock clock) {
        this.conversations = conversations;
        this.offers = offers;
        this.cases = cases;
        this.lines = lines;
        this.end = end;
        this.pulse = pulse;
        this.topics = topics;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DeskView desk(long me, Locale locale) {
        ChatOffers.ForAgent waiting = offers.forAgent(me);
        List<DeskChat> offered = waiting.offered().stream()
                .map(c -> desk(c, c.startedAt(), locale))
                .toList();
        List<DeskChat> others = waiting.others().stream()
                .map(c -> desk(c, c.startedAt(), locale))
                .toList();
        List<DeskChat> mine = conversations.heldBy(me).stream()
                .map(c -> desk(c, c.acceptedAt(), locale))
                .toList();
        return new DeskView(offers.onQueue(me), offers.limitOf(me), offered, others, mine);
    }

    /** Every chat waiting for an agent, longest waiting first. */
    @Transactional(readOnly = true)
    public List<DeskChat> waiting(Locale locale) {
        return conversations.waiting().stream()
                .map(c -> desk(c, c.startedAt(), locale))
                .toList();
    }

    /**
     * Takes a waiting chat: refused when the agent is not on the chat queue, or cannot take it now (not available,
     * not qualified, at their limit): forbidden; when someone else took it first, or it ended: a conflict.
     */
    public DeskChat accept(long me, long chatId, Locale locale) {
        Conversation c = find(chatId);
        if (!offers.onQueue(me)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "chat.not-on-queue");
        }
        if (c.state() != ChatState.WAITING) {
            throw KantorException.conflict("chat.taken");
        }
        if (!offers.mayTake(me, c)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "chat.cannot-take");
        }
        Instant now = clock.instant();
        // checked again where it counts: under the agent's row lock, as the chat changes hands
        switch (conversations.accept(chatId, me, now)) {
            case ACCEPTED -> {}
            case TAKEN -> throw KantorException.conflict("chat.taken");
            case AT_LIMIT -> throw new KantorException(KantorException.Kind.FORBIDDEN, "chat.cannot-take");
            case NOT_ON_QUEUE -> throw new KantorException(KantorException.Kind.FORBIDDEN, "chat.not-on-queue");
        }
        cases.taken(c.caseId(), me, now);
        conversations.append(chatId, Author.SYSTEM, me, "JOINED", now);
        pulse.written(chatId);
        Conversation taken = conversations.find(chatId).orElseThrow();
        return desk(taken, taken.acceptedAt(), locale);
    }

    /** The agent's chat and its messages after {@code after}, notes included; only for the agent who holds it. */
    @Transactional(readOnly = true)
    public AgentChatView read(long me, long chatId, long after, Locale locale) {
        Conversation c = mine(me, chatId);
        var list = lines.of(c, conversations.after(chatId, Math.max(0, after), true), locale);
        // the chat's number was read before its messages, so every message up to it is among them, or hidden from
        // this reader (a note): they have seen up to there at least, and wait for what comes after
        long last = list.isEmpty()
                ? c.lastSeq()
                : Math.max(c.lastSeq(), list.get(list.size() - 1).seq());
        return new AgentChatView(desk(c, c.acceptedAt(), locale), last, list);
    }

    /**
     * Any chat and its messages after {@code after}, notes included, for staff following it from its case (who may
     * read the case may read its chat): read only, whoever holds it.
     */
    @Transactional(readOnly = true)
    public AgentChatView watch(long chatId, long after, Locale locale) {
        Conversation c = find(chatId);
        var list = lines.of(c, conversations.after(chatId, Math.max(0, after), true), locale);
        long last = list.isEmpty()
                ? c.lastSeq()
                : Math.max(c.lastSeq(), list.get(list.size() - 1).seq());
        return new AgentChatView(desk(c, since(c), locale), last, list);
    }

    /** The chat as stored; refused as not found when there is none. */
    @Transactional(readOnly = true)
    public Conversation chat(long chatId) {
        return find(chatId);
    }

    /** Whether the agent holds this chat: readers of a chat that moved on are answered, then refused. */
    @Transactional(readOnly = true)
    public Conversation mine(long me, long chatId) {
        Conversation c = find(chatId);
        if (!c.heldBy(me)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "chat.not-yours");
        }
        return c;
    }

    /**
     * The agent writes to the customer, or a note only staff read. Refused naming {@code text}; only the agent
     * who holds the chat writes in it.
     */
    public long write(long me, long chatId, String text, boolean note) {
        Conversation c = mine(me, chatId);
        new InputCheck().required("text", text, CustomerChats.MAX_MESSAGE).throwIfAny();
        long seq = conversations.append(c.id(), note ? Author.NOTE : Author.AGENT, me, text.strip(), clock.instant());
        pulse.written(c.id());
        return seq;
    }

    /** The agent ends the chat: its transcript goes on the case. */
    public void end(long me, long chatId) {
        end.end(mine(me, chatId), me);
    }

    private static Instant since(Conversation c) {
        return c.acceptedAt() == null ? c.startedAt() : c.acceptedAt();
    }

    private Conversation find(long chatId) {
        return conversations.find(chatId).orElseThrow(() -> KantorException.notFound("chat.not-found"));
    }

    private DeskChat desk(Conversation c, Instant since, Locale locale) {
        return new DeskChat(
                c.id(),
                c.customerName(),
                c.topic(),
                topics.name(c.topic(), locale),
                c.language(),
                c.state().name(),
                c.caseId(),
                c.caseReference(),
                since,
                c.lastSeq());
    }
}
