package dev.kantor.routing.handoffs;

import java.util.Map;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WalkInCustomer;

import org.springframework.stereotype.Component;

/** The case a customer is handed over with: theirs, still open; or a walk-in case opened for them now. */
@Component
class CaseForHandoff {

    /** On the handoff the walk-in customer's fields are called after the customer. */
    private static final Map<String, String> CUSTOMER_FIELDS =
            Map.of("name", "customerName", "email", "customerEmail", "phone", "customerPhone");

    private final HandoffCases cases;
    private final TopicCatalogue topics;

    CaseForHandoff(HandoffCases cases, TopicCatalogue topics) {
        this.cases = cases;
        this.topics = topics;
    }

    /** @param language the customer's language as the sender gave it, or null */
    HandoffCase of(HandoffRequest request, String language, long sender) {
        long caseId = request.newCustomer() ? openForWalkIn(request, language, sender) : open(request.caseId());
        return cases.find(caseId).orElseThrow();
    }

    /**
     * Whether the customer is at the counter: a customer who came without a case, or the customer of a walk-in
     * case. Whoever takes them over must come to them, so where helpers work today matters.
     */
    boolean inPerson(HandoffRequest request) {
        return request.newCustomer()
                || cases.find(request.caseId()).map(HandoffCase::walkIn).orElse(false);
    }

    /** Whether the customer of this case (by its reference) is at the counter; a new customer is. */
    boolean inPerson(String caseReference) {
        return caseReference == null
                || caseReference.isBlank()
                || cases.findByReference(caseReference).map(HandoffCase::walkIn).orElse(false);
    }

    /**
     * A walk-in case for the customer standing here. The sender's note is context for their
     * colleague, not the customer's message: it is on the handoff, never the case's first message.
     */
    private long openForWalkIn(HandoffRequest request, String language, long sender) {
        try {
            // the customer's e-mails are in their language where Kantor writes it, else in Indonesian
            String mailLanguage = language != null && Languages.of(language).isPresent() ? language : null;
            return cases.openForWalkIn(
                    new WalkInCustomer(
                            request.customerName(),
                            request.customerEmail(),
                            request.customerPhone(),
                            mailLanguage,
                            request.topic(),
                            topics.name(
                                    request.topic(), Languages.of(mailLanguage).orElse(Languages.INDONESIAN))),
                    sender);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(
                            CUSTOMER_FIELDS.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
                    .toList());
        }
    }

    private long open(long caseId) {
        HandoffCase c = cases.find(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        if (c.closed()) {
            throw InvalidInput.of("caseId", "routing.handoff.case-closed");
        }
        return caseId;
    }
}
