package dev.kantor.cases.portal;

import java.util.Locale;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a case is called where its customer reads it (the portal, their e-mails): the subject
 * they wrote themselves, else, when an employee typed the subject, the case's topic in the
 * customer's language, so that words typed at the desk never reach the customer.
 */
@Component
public class CustomerTitles {

    private final TopicCatalogue topics;
    private final MessageSource messages;

    CustomerTitles(TopicCatalogue topics, MessageSource messages) {
        this.topics = topics;
        this.messages = messages;
    }

    /** The title of a case as the portal shows it. */
    public String of(CustomerPortal.CustomerView view, Locale locale) {
        return of(view.customersOwnSubject(), view.type(), view.topic(), locale);
    }

    /** The title of a case as its customer's e-mails give it. */
    public String of(CustomerCase c, Locale locale) {
        return of(c.customersOwnSubject().orElse(null), c.getCaseType(), c.getTopic(), locale);
    }

    private String of(String customersOwnSubject, CaseType type, String topic, Locale locale) {
        if (customersOwnSubject != null && !customersOwnSubject.isBlank()) {
            return customersOwnSubject;
        }
        if (topic != null && !topic.isBlank()) {
            return topics.name(topic, locale);
        }
        return messages.getMessage("portal.type." + type.name(), null, type.name(), locale);
    }
}
