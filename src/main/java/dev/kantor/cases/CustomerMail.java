package dev.kantor.cases;

import java.util.Locale;

import dev.kantor.platform.i18n.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the e-mails customers get, in their own language, with their private link. */
@Component
class CustomerMail {

    private final MessageSource messages;
    private final Outbox outbox;
    private final String publicUrl;

    CustomerMail(MessageSource messages, Outbox outbox, @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.outbox = outbox;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String privateLink(CustomerCase c) {
        return publicUrl + "/portal/cases/" + c.getAccessToken();
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
        Object[] args = {customer.fullName(), c.getReference(), c.getSubject(), privateLink(c), text == null ? "" : text};
        outbox.queue(customer.email(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale), c.getId());
    }
}
