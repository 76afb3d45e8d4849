package dev.kantor.assessment.taking;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.assessment.AssessmentCompleted;
import dev.kantor.assessment.Audience;
import dev.kantor.assessment.ResultShared;
import dev.kantor.assessment.instrument.Answers;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees taking the self-assessment, their results and history, and what they share: every read
 * of someone's result goes through {@link ResultVisibility}, so that a result nobody was let see
 * answers as if it did not exist.
 */
@Service
@Transactional
public class SelfAssessments {

    static final String NOT_FOUND = "assessment.result.not-found";

    private final Responses responses;
    private final Consents consents;
    private final People people;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessments(
            Responses responses,
            Consents consents,
            People people,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.responses = responses;
        this.consents = consents;
        this.people = people;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an employee's answers, a new entry in their history; refuses incomplete or out-of-range
     * answers, naming each.
     */
    public StoredResponse take(long employeeId, Map<Integer, Integer> answers, Locale language) {
        Answers complete = Answers.of(answers);
        return record(employeeId, complete, language, clock.instant());
    }

    /** Records answers given at a moment (a history import, the demo company). */
    public StoredResponse record(long employeeId, Answers answers, Locale language, java.time.Instant at) {
        long id = responses.store(employeeId, null, answers, language.getLanguage(), at);
        events.publishEvent(new AssessmentCompleted(id, employeeId, null));
        return responses.byId(id).orElseThrow();
    }

    /** The employee's own results, newest first. */
    @Transactional(readOnly = true)
    public List<StoredResponse> history(long employeeId) {
        return responses.history(employeeId);
    }

    /** A result, if the reader may see it; otherwise not found, as if there were none. */
    @Transactional(readOnly = true)
    public StoredResponse visible(long responseId, Reader reader) {
        return responses
                .byId(responseId)
                .filter(r -> r.employeeId() != null && maySee(reader, r.employeeId()))
                .orElseThrow(() -> KantorException.notFound(NOT_FOUND));
    }

    /** An employee's results, newest first, if the reader may see them; otherwise not found. */
    @Transactional(readOnly = true)
    public List<StoredResponse> visibleHistory(long employeeId, Reader reader) {
        if (!maySee(reader, employeeId)) {
            throw KantorException.notFound(NOT_FOUND);
        }
        return responses.history(employeeId);
    }

    @Transactional(readOnly = true)
    public boolean maySee(Reader reader, long employeeId) {
        Optional<Employee> subject = people.employee(employeeId);
        if (subject.isEmpty()) {
            return false;
        }
        return ResultVisibility.maySeeEmployee(
                reader.employeeId(), reader.hr(), employeeId, subject.get().getManagerId(), consents.of(employeeId));
    }

    @Transactional(readOnly = true)
    public Set<Audience> sharedWith(long employeeId) {
        return consents.of(employeeId);
    }

    /** The employee lets an audience see their results, from now until they revoke it. */
    public void share(long employeeId, Audience audience) {
        if (audience == Audience.MANAGER
                && people.employee(employeeId).map(Employee::getManagerId).isEmpty()) {
            throw KantorException.invalid("assessment.share.no-manager");
        }
        java.time.Instant at = clock.instant();
        if (consents.grant(employeeId, audience, at)) {
            audit.noted(
                    "assessment-consent",
                    employeeId,
                    name(employeeId),
                    AuditAction.CREATED,
                    Map.of("audience", audience.name()));
            events.publishEvent(new ResultShared(employeeId, audience, at));
        }
    }

    /** The employee stops sharing with an audience: it sees none of their results from now on. */
    public void revoke(long employeeId, Audience audience) {
        if (consents.revoke(employeeId, audience)) {
            audit.noted(
                    "assessment-consent",
                    employeeId,
                    name(employeeId),
                    AuditAction.DELETED,
                    Map.of("audience", audience.name()));
        }
    }

    private String name(long employeeId) {
        return people.nameOf(employeeId).orElse("#" + employeeId);
    }
}
