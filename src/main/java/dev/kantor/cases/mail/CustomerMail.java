package dev.kantor.cases.mail;

import java.util.Locale;
import java.util.function.Supplier;

import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.portal.CustomerTitles;
import dev.kantor.cases.portal.PrivateLinks;
import dev.kantor.platform.i18n.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails customers get, in their own language, with their private link. A mail
 * carries only what the customer may read: their name, the case's reference and its title for
 * the customer ({@link CustomerTitles}: never a subject an employee typed), the link, and a
 * reply written to them.
 */
@Component
public class CustomerMail {

    /** Set while history is recorded: customers were written to at the time, not again now. */
    private static final ThreadLocal<Boolean> WITHHELD = new ThreadLocal<>();

    private final MessageSource messages;
    private final Outbox outbox;
    private final PrivateLinks links;
    private final CustomerTitles titles;

    CustomerMail(MessageSource messages, Outbox outbox, PrivateLinks links, CustomerTitles titles) {
        this.messages = messages;
        this.outbox = outbox;
        this.links = links;
        this.titles = titles;
    }

    /**
     * Does work that happened in the past (recording a case's history) without mailing anyone, on
     * the current thread only.
     */
    public static <T> T withheld(Supplier<T> work) {
        Boolean before = WITHHELD.get();
        WITHHELD.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                WITHHELD.remove();
            }
        }
    }

    /** The case is opened: its reference and private link. */
    public void confirmation(Customer customer, CustomerCase c) {
        send(customer, c, "mail.confirmation", null);
    }

    /**
     * An employee wrote to the customer.
     *
     * @return whether the customer is e-mailed; false when they have no address, and nothing is sent
     */
    public boolean reply(Customer customer, CustomerCase c, String text) {
        return send(customer, c, "mail.reply", text);
    }

    /** Whether mails to this customer have somewhere to go. */
    public static boolean reaches(Customer customer) {
        return customer.email() != null && !customer.email().isBlank();
    }

    /** The case is resolved: the customer may rate the service. */
    public void resolved(Customer customer, CustomerCase c) {
        send(customer, c, "mail.resolved", null);
    }

    /**
     * The transcript of a chat, to the address the customer left in the chat (which need not be the
     * one on their record), in their language.
     */
    public void chatTranscript(String email, String language, String customerName, CustomerCase c, String transcript) {
        if (WITHHELD.get() != null) {
            return;
        }
        Locale locale = Languages.of(language).orElse(Languages.INDONESIAN);
        Object[] args = {customerName, c.getReference(), titles.of(c, locale), links.of(c), transcript};
        outbox.queue(
                email,
                messages.getMessage("mail.chat-transcript.subject", args, locale),
                messages.getMessage("mail.chat-transcript.body", args, locale),
                c.getId());
    }

    /** @return whether the customer has an address (a mail recorded as history was sent at the time) */
    private boolean send(Customer customer, CustomerCase c, String key, String text) {
        if (!reaches(customer)) {
            return false;
        }
        if (WITHHELD.get() != null) {
            return true;
        }
        Locale locale = Languages.of(customer.language()).orElse(Languages.INDONESIAN);
        Object[] args = {
            customer.fullName(), c.getReference(), titles.of(c, locale), links.of(c), text == null ? "" : text
        };
        outbox.queue(
                customer.email(),
                messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale),
                c.getId());
        return true;
    }
}
