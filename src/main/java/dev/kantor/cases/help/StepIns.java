package dev.kantor.cases.help;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.cases.HelpGiven;
import dev.kantor.cases.HelpRequested;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a case asks their manager to step in, and the manager does. The manager hears of it
 * at once ({@link HelpRequested}); the request closes when a manager above the owner says help was
 * given, or works the case (replies, changes its status or owner, decides its approval), and the
 * owner hears who is coming ({@link HelpGiven}). A case has at most one open request. Every step
 * is on the case's timeline, internal to staff, and in the audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class StepIns {

    /** The longest reason for asking (the form allows as much). */
    public static final int MAX_REASON = 500;

    private final Cases cases;
    private final HelpRequests requests;
    private final CaseTimeline timeline;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepIns(
            Cases cases,
            HelpRequests requests,
            CaseTimeline timeline,
            People people,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.timeline = timeline;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in employee asks their manager to step in on a case; the case shows on the
     * managers' complaints board until someone does. Refused as a conflict while a request is open.
     */
    public HelpRequest ask(long caseId, String why, int version) {
        new InputCheck().maxLength("why", why, MAX_REASON).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        c.checkVersion(version);
        if (requests.findFirstByCaseIdAndResolvedAtIsNull(caseId).isPresent()) {
            throw KantorException.conflict("help.already-asked");
        }
        c.askForHelp(me, now);
        cases.save(c);
        Long manager = people.employee(me).map(Employee::getManagerId).orElse(null);
        HelpRequest request = requests.save(HelpRequest.ask(caseId, me, manager, why, now));
        timeline.add(caseId, now, EntryKind.HELP_REQUESTED, me, false, request.getReason(), null);
        audit.created(
                "help-request",
                request.getId(),
                c.getReference(),
                Map.of(
                        "askedBy", name(me),
                        "asked", manager == null ? "" : name(manager),
                        "reason", request.getReason() == null ? "" : request.getReason()));
        // a new request has its id once stored: its event is published here
        events.publishEvent(
                new HelpRequested(request.getId(), caseId, c.getReference(), me, manager, request.getReason(), now));
        return request;
    }

    /**
     * A manager above the owner says help was given: the request closes and the owner is told who
     * is coming. Refused when no request is open, or the signed-in employee is not above its owner.
     */
    public HelpRequest give(long caseId) {
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        HelpRequest request = requests.findFirstByCaseIdAndResolvedAtIsNull(caseId)
                .orElseThrow(() -> KantorException.conflict("help.none-open"));
        if (!mayStepIn(me, request)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "help.not-yours", name(request.getRequestedBy()));
        }
        HelpRequest resolved = close(c, request, me, HelpRequest.GIVEN, now);
        cases.save(c);
        return resolved;
    }

    /**
     * Someone worked the case: when a manager above its owner did, their open request for help
     * closes. Called before the case is saved, which stores the change with the work.
     *
     * @return whether the case changed, and so needs saving
     */
    public boolean actedOn(CustomerCase c, long by, Instant now) {
        if (c.getHelpRequestedAt() == null) {
            return false;
        }
        Optional<HelpRequest> open = requests.findFirstByCaseIdAndResolvedAtIsNull(c.getId());
        if (open.isEmpty() || !mayStepIn(by, open.get())) {
            return false;
        }
        close(c, open.get(), by, HelpRequest.ACTED_ON, now);
        return true;
    }

    /** The case's latest request for help, open or not. */
    @Transactional(readOnly = true)
    public Optional<HelpRequest> latest(long caseId) {
        return requests.findFirstByCaseIdOrderByRequestedAtDescIdDesc(caseId);
    }

    /** Every open request, the oldest first. */
    @Transactional(readOnly = true)
    public List<HelpRequest> open() {
        return requests.findByResolvedAtIsNullOrderByRequestedAt();
    }

    /** Whether the employee may step in on this request: the manager asked, or anyone above its owner. */
    @Transactional(readOnly = true)
    public boolean mayStepIn(long employeeId, HelpRequest request) {
        return request.getRequestedBy() != employeeId
                && (request.getManagerId() != null && request.getManagerId() == employeeId
                        || people.everyoneUnder(employeeId).contains(request.getRequestedBy()));
    }

    private HelpRequest close(CustomerCase c, HelpRequest request, long by, String how, Instant now) {
        request.resolve(by, how, now);
        HelpRequest saved = requests.save(request);
        c.helpGiven();
        timeline.add(
                c.getId(), now, EntryKind.HELP_GIVEN, by, false, null, EntryDetail.employee(request.getRequestedBy()));
        audit.changed(
                "help-request",
                saved.getId(),
                c.getReference(),
                AuditAction.UPDATED,
                Map.of("steppingIn", ""),
                Map.of("steppingIn", name(by), "how", how));
        events.publishEvent(
                new HelpGiven(saved.getId(), c.getId(), c.getReference(), request.getRequestedBy(), by, how, now));
        return saved;
    }

    private String name(long employeeId) {
        return people.nameOf(employeeId).orElse("#" + employeeId);
    }
}
