package dev.kantor.cases;

import java.util.Locale;

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
class CustomerMail {

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

    void confirmation(Customer customer, CustomerCase c) {
        send(customer, c, "mail.confirmation", null);
    }

    void reply(Customer customer, CustomerCase c, String text) {
        send(customer, c, "mail.reply", text);
    }

    void resolved(Customer customer, CustomerCase c) {
        send(customer, c, "mail.resolved", null);
    }

    private void send(Customer customer, CustomerCase c, String key, String text) {
        if (customer.email() == null || customer.email().isBlank()) {
            return;
        }
        Locale locale = Languages.of(customer.language()).orElse(Languages.INDONESIAN);
        Object[] args = {customer.fullName(), c.getReference(), titles.of(c, locale), links.of(c),
                text == null ? "" : text};
        outbox.queue(customer.email(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale), c.getId());
    }
}
