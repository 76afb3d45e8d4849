package dev.kantor.routing.handoffs;

import java.time.Clock;
import java.util.Set;

import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffStarted;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.WhoCanHelp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a warm handoff from the signed-in employee: for the customer's case (or a walk-in case
 * opened on the way), to the colleague they chose among those who can help now, or the best one,
 * or straight to the team queue when nobody can. Publishes {@link HandoffStarted} once the
 * handoff is stored, since its id names it; the first offer's event follows.
 */
@Service
@Transactional
public class HandoffStart {

    static final int MAX_NOTE = 1000;

    private final Handoffs handoffs;
    private final WhoCanHelp whoCanHelp;
    private final CaseForHandoff caseFor;
    private final NextOffer offers;
    private final People people;
    private final HandoffAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoffStart(
            Handoffs handoffs,
            WhoCanHelp whoCanHelp,
            CaseForHandoff caseFor,
            NextOffer offers,
            People people,
            HandoffAudit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.handoffs = handoffs;
        this.whoCanHelp = whoCanHelp;
        this.caseFor = caseFor;
        this.offers = offers;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refused naming the field: {@code topic}, {@code note}, {@code receiverId} (not among those
     * who can help now), {@code caseId} (closed), the walk-in customer's {@code customerName},
     * {@code customerEmail}, {@code customerPhone}; an account that is nobody's is forbidden.
     */
    public Handoff start(HandoffRequest request) {
        long sender = CurrentUser.employeeId("routing.no-employee");
        new InputCheck()
                .required("topic", request.topic(), 40)
                .maxLength("note", request.note(), MAX_NOTE)
                .throwIfAny();
        String language = request.language() == null || request.language().isBlank() ? null : request.language();
        HelpAnswer answer = whoCanHelp.ask(
                request.topic(), language, Set.of(sender), WhoCanHelp.HELPERS, caseFor.inPerson(request));
        Long receiver = request.receiverId();
        if (receiver != null && answer.helpers().stream().noneMatch(c -> c.id() == receiver)) {
            throw InvalidInput.of("receiverId", "routing.handoff.receiver-not-available");
        }
        HandoffCase c = caseFor.of(request, language, sender);
        String lang = language != null ? language : c.customerLanguage();
        // stored before its first step, whose event names it
        Handoff h = handoffs.save(Handoff.start(
                c.id(), request.topic(), lang, sender, departmentOf(sender), request.note(), clock.instant()));
        events.publishEvent(new HandoffStarted(h.getId(), c.id(), sender, h.getNote(), h.getCreatedAt()));
        h = offers.first(h, answer, receiver);
        audit.started(h, c.reference());
        return h;
    }

    private Long departmentOf(long employeeId) {
        return people.employee(employeeId)
                .flatMap(e -> people.position(e.getPositionId()))
                .map(Position::getDepartmentId)
                .orElse(null);
    }
}
