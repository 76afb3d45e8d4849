package dev.kantor.chat.conversation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.kantor.people.People;
import dev.kantor.platform.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Messages as readers see them: each with the name of who wrote it, Kantor's own lines ("Agus joined the chat")
 * in the reader's language, and the transcript the case and the customer's mail keep.
 */
@Component
public class ChatLines {

    private final People people;
    private final MessageSource messages;
    private final Times times;

    ChatLines(People people, MessageSource messages, Times times) {
        this.people = people;
        this.messages = messages;
        this.times = times;
    }

    public List<ChatLine> of(Conversation chat, List<ChatMessage> list, Locale locale) {
        return list.stream().map(m -> line(chat, m, locale)).toList();
    }

    /** What the customer and the agents said and what happened, without staff notes: one line each. */
    public String transcript(Conversation chat, List<ChatMessage> list, Locale locale) {
        return list.stream()
                .filter(m -> m.author().customerSees())
                .map(m -> line(chat, m, locale))
                .map(l -> l.time() + " " + (l.name() == null ? "" : l.name() + ": ") + l.text())
                .collect(Collectors.joining("\n"));
    }

    private ChatLine line(Conversation chat, ChatMessage m, Locale locale) {
        String employee =
                m.authorId() == null ? null : people.nameOf(m.authorId()).orElse("?");
        return switch (m.author()) {
            case CUSTOMER -> new ChatLine(m.seq(), m.author(), chat.customerName(), m.body(), m.sentAt(), time(m));
            case AGENT, NOTE -> new ChatLine(m.seq(), m.author(), employee, m.body(), m.sentAt(), time(m));
            case SYSTEM ->
                new ChatLine(
                        m.seq(),
                        m.author(),
                        null,
                        messages.getMessage("chat.system." + m.body(), new Object[] {employee}, locale),
                        m.sentAt(),
                        time(m));
        };
    }

    private String time(ChatMessage m) {
        return times.time(m.sentAt());
    }
}
