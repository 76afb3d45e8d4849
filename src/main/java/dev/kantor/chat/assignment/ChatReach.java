package dev.kantor.chat.assignment;

import java.time.Clock;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.chat.conversation.Conversation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a customer on the chat can expect someone now. Outside opening hours (the business calendar) nobody is;
 * within them, someone is when an agent on the chat queue is available (for a waiting chat: and qualified for its
 * topic). Asked before the chat starts and on every look of a waiting customer, so that they learn it while they
 * wait, not after.
 */
@Service
@Transactional(readOnly = true)
public class ChatReach {

    private final ChatOffers offers;
    private final BusinessCalendars calendars;
    private final Clock clock;

    ChatReach(ChatOffers offers, BusinessCalendars calendars, Clock clock) {
        this.offers = offers;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Why nobody would come to a chat started now, whatever its topic; empty when someone may. */
    public Optional<Unattended> now() {
        if (!calendars.current().isOpen(clock.instant())) {
            return Optional.of(Unattended.CLOSED);
        }
        return offers.anyoneAvailable() ? Optional.empty() : Optional.of(Unattended.NOBODY);
    }

    /** Why nobody is coming to this waiting chat; empty when someone may. */
    public Optional<Unattended> forChat(Conversation chat) {
        if (!calendars.current().isOpen(clock.instant())) {
            return Optional.of(Unattended.CLOSED);
        }
        return offers.anyoneFor(chat) ? Optional.empty() : Optional.of(Unattended.NOBODY);
    }
}
