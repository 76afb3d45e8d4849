package dev.kantor.cases.intake;

import java.util.regex.Pattern;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.Priority;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.stereotype.Component;

/**
 * What a new case must say before it is opened, and the priority it gets when nobody chose one.
 * A customer writing in gives an e-mail address and a message; an employee logging a contact
 * gives an e-mail address or a phone number to reach the customer by. Refusals name
 * {@link NewCase}'s fields.
 */
@Component
class IntakeRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

    private final TopicCatalogue topics;

    IntakeRules(TopicCatalogue topics) {
        this.topics = topics;
    }

    /** @throws dev.kantor.platform.InvalidInput naming every field that is wrong */
    void check(NewCase input, boolean fromCustomer) {
        InputCheck check = new InputCheck()
                .required("customerName", input.customerName(), 120)
                .maxLength("email", input.email(), 160)
                .email("email", input.email())
                .maxLength("phone", input.phone(), 30)
                .matches("phone", input.phone(), PHONE, "validation.phone")
                .required("channel", input.channel())
                .required("type", input.type())
                .required("subject", input.subject(), 200)
                .that(topics.isKnown(input.topic()), "topic", "validation.unknown-topic");
        if (fromCustomer && input.channel() == Channel.CHAT) {
            // a chat is answered in the chat: an address only if the customer wants the transcript
            check.required("message", input.message(), CaseIntake.MAX_MESSAGE);
        } else if (fromCustomer) {
            check.required("email", input.email(), 160).required("message", input.message(), CaseIntake.MAX_MESSAGE);
        } else {
            check.maxLength("message", input.message(), CaseIntake.MAX_MESSAGE);
            if (blank(input.email()) && blank(input.phone())) {
                check.add("email", "validation.email-or-phone");
            }
        }
        if (input.language() != null && Languages.of(input.language()).isEmpty()) {
            check.add("language", "validation.unknown-language", input.language());
        }
        check.throwIfAny();
    }

    /** The priority chosen, else a complaint's is high and anything else's normal. */
    static Priority priorityOf(NewCase input) {
        if (input.priority() != null) {
            return input.priority();
        }
        return input.type() == CaseType.COMPLAINT ? Priority.HIGH : Priority.NORMAL;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
