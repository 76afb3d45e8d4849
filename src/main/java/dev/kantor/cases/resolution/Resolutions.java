package dev.kantor.cases.resolution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kantor.cases.ApprovalEscalated;
import dev.kantor.cases.ApprovalRequested;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.ResolutionCarriedOut;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.help.StepIns;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolution actions within delegated authority and approvals above it. Within their authority
 * the front line acts at once; above it the case waits and the nearest manager who can decide
 * is asked; an approver above their own limit passes it up the line. An approver who is absent is
 * passed over at once (see {@link EscalationRule}); a manager may decide what waits on the people
 * below them; an admin may send a waiting approval to someone who may decide it.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class Resolutions {

    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    private final Cases cases;
    private final Customers customers;
    private final ResolutionActions actions;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final Staff staff;
    private final ApprovalMoves moves;
    private final StepIns stepIns;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Resolutions(
            Cases cases,
            Customers customers,
            ResolutionActions actions,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            Staff staff,
            ApprovalMoves moves,
            StepIns stepIns,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.actions = actions;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.staff = staff;
        this.moves = moves;
        this.stepIns = stepIns;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Proposes an action on a case.
     *
     * @param askEvenWithoutAuthority with no authority at all for this kind of action, send it for
     *                                approval anyway instead of being told who can approve
     */
    public ProposalOutcome propose(
            long caseId, ResolutionType type, Long amount, String note, int version, boolean askEvenWithoutAuthority) {
        new InputCheck()
                .required("type", type)
                .required("amount", amount)
                .that(amount == null || amount >= 0 && amount <= MAX_AMOUNT, "amount", "validation.amount")
                .maxLength("note", note, 1000)
                .throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        c.checkVersion(version);
        c.checkOpenForAction();
        // within authority the amount is taken from the proposer's day at once; should anything below
        // fail (the case changed meanwhile, say), the transaction gives it back
        AuthorityCheck check = Authority.claim(me, type, amount, staff);
        if (check == AuthorityCheck.WITHIN) {
            ResolutionAction action = actions.save(ResolutionAction.carriedOut(caseId, type, amount, me, note, now));
            // a new action has its id once stored: its event is published here rather than registered
            events.publishEvent(new ResolutionCarriedOut(action.getId(), caseId, type, amount, me, now));
            resolve(c, action, me, now, EntryKind.ACTION_CARRIED_OUT);
            return new ProposalOutcome(action, check, null, null);
        }
        Optional<Long> approver = Approvers.above(me, me, type, amount, staff);
        if (approver.isEmpty()) {
            throw KantorException.invalid("resolution.nobody-to-approve");
        }
        if (check == AuthorityCheck.NONE && !askEvenWithoutAuthority) {
            throw new NoAuthority(type, approver.get(), staff.name(approver.get()));
        }
        ResolutionAction action =
                actions.save(ResolutionAction.awaitingApproval(caseId, type, amount, me, note, approver.get(), now));
        c.awaitApproval(me, now);
        cases.save(c);
        timeline.add(
                caseId,
                now,
                EntryKind.ACTION_PENDING,
                me,
                false,
                action.getNote(),
                EntryDetail.askingApprover(type, amount, approver.get()));
        ResolutionAction placed = arrive(action, c.getReference(), now);
        timeline.add(caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(CaseStatus.PENDING_APPROVAL));
        return new ProposalOutcome(placed, check, placed.getApproverId(), staff.name(placed.getApproverId()));
    }

    /**
     * A request reaches its approver: one who is absent passes it on at once to the nearest present
     * person above who may approve it (on the record), or keeps it, stalled, when there is nobody.
     */
    private ResolutionAction arrive(ResolutionAction action, String reference, Instant now) {
        long asked = action.getApproverId();
        Optional<EscalationRule.Move> moved = moves.apply(action, now);
        ResolutionAction placed = actions.findById(action.getId()).orElseThrow();
        // the person it now waits on hears why it came to them, not only that someone asks
        events.publishEvent(
                moved.isPresent()
                        ? new ApprovalEscalated(
                                placed.getId(),
                                placed.getCaseId(),
                                reference,
                                placed.getType(),
                                placed.getAmount(),
                                placed.getProposedBy(),
                                asked,
                                placed.getApproverId(),
                                moved.get().reason(),
                                now)
                        : new ApprovalRequested(
                                placed.getId(),
                                placed.getCaseId(),
                                reference,
                                placed.getType(),
                                placed.getAmount(),
                                placed.getProposedBy(),
                                placed.getApproverId(),
                                now));
        return placed;
    }

    /** How someone's authority covers an action now, without using any of it. */
    @Transactional(readOnly = true)
    public AuthorityCheck authority(long employeeId, ResolutionType type, long amount) {
        return Authority.preview(employeeId, type, amount, staff);
    }

    /**
     * Approves, or, above the approver's own limit, passes the request on up the line. Approving counts
     * towards the approver's own day, claimed at once like a proposal within authority.
     */
    public ProposalOutcome approve(long actionId) {
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        ResolutionAction action = pendingFor(actionId, me, now);
        if (!Approvers.claimApproval(me, action.getProposedBy(), action.getType(), action.getAmount(), staff)) {
            long next = Approvers.above(me, action.getProposedBy(), action.getType(), action.getAmount(), staff)
                    .orElseThrow(() -> KantorException.invalid("resolution.nobody-to-approve"));
            action.passOnTo(next, now);
            ResolutionAction passed = actions.save(action);
            timeline.add(
                    action.getCaseId(),
                    now,
                    EntryKind.ACTION_PASSED_ON,
                    me,
                    false,
                    null,
                    EntryDetail.askingApprover(action.getType(), action.getAmount(), next));
            CustomerCase worked = cases.findById(action.getCaseId()).orElseThrow();
            if (stepIns.actedOn(worked, me, now)) {
                cases.save(worked);
            }
            ResolutionAction placed = arrive(passed, worked.getReference(), now);
            return new ProposalOutcome(
                    placed,
                    AuthorityCheck.ABOVE_PER_ACTION,
                    placed.getApproverId(),
                    staff.name(placed.getApproverId()));
        }
        action.approve(me, now);
        ResolutionAction saved = actions.save(action);
        CustomerCase c = cases.findById(action.getCaseId()).orElseThrow();
        stepIns.actedOn(c, me, now);
        resolve(c, saved, me, now, EntryKind.ACTION_APPROVED);
        return new ProposalOutcome(saved, AuthorityCheck.WITHIN, null, null);
    }

    public ResolutionAction reject(long actionId, String reason) {
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        ResolutionAction action = pendingFor(actionId, me, now);
        action.reject(me, reason, now);
        ResolutionAction saved = actions.save(action);
        CustomerCase c = cases.findById(action.getCaseId()).orElseThrow();
        c.approvalRefused(me, now);
        stepIns.actedOn(c, me, now);
        cases.save(c);
        timeline.add(
                c.getId(),
                now,
                EntryKind.ACTION_REJECTED,
                me,
                false,
                saved.getReason(),
                EntryDetail.action(saved.getType(), saved.getAmount()));
        timeline.add(c.getId(), now, EntryKind.STATUS, me, false, null, EntryDetail.of(c.getStatus()));
        return saved;
    }

    /**
     * Sends a waiting approval to someone who may decide it (admins): for one that stalled with nobody
     * present above, say. Refused naming {@code employeeId} for someone who is not an active employee,
     * who proposed it, or whose authority does not cover it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ResolutionAction sendTo(long actionId, Long employeeId) {
        new InputCheck().required("employeeId", employeeId).throwIfAny();
        Instant now = clock.instant();
        ResolutionAction action = actions.findById(actionId)
                .orElseThrow(() -> KantorException.notFound("error.action-not-found", actionId));
        if (action.getState() != ResolutionState.PENDING) {
            throw KantorException.conflict("approval.already-decided");
        }
        if (people.employee(employeeId).filter(Employee::isActive).isEmpty()) {
            throw InvalidInput.of("employeeId", "validation.unknown-manager");
        }
        if (employeeId == action.getProposedBy()) {
            throw InvalidInput.of("employeeId", "approval.send-to-proposer");
        }
        if (Authority.preview(employeeId, action.getType(), action.getAmount(), staff) != AuthorityCheck.WITHIN) {
            throw InvalidInput.of("employeeId", "approval.send-to-without-authority", staff.name(employeeId));
        }
        if (employeeId.equals(action.getApproverId())) {
            return action;
        }
        long from = action.getApproverId();
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        ResolutionAction sent = moves.move(action, employeeId, ApprovalMoves.SENT_BY_ADMIN, me, now);
        events.publishEvent(new ApprovalEscalated(
                sent.getId(),
                sent.getCaseId(),
                moves.reference(sent),
                sent.getType(),
                sent.getAmount(),
                sent.getProposedBy(),
                from,
                employeeId,
                ApprovalMoves.SENT_BY_ADMIN,
                now));
        return sent;
    }

    @Transactional(readOnly = true)
    public List<ResolutionAction> waitingFor(long approverId) {
        return actions.findByApproverIdAndStateOrderByProposedAt(approverId, ResolutionState.PENDING);
    }

    /** What waits on the people below a manager in the management line, direct reports or not. */
    @Transactional(readOnly = true)
    public List<ResolutionAction> waitingBelow(long managerId) {
        Set<Long> below = people.everyoneUnder(managerId);
        return below.isEmpty()
                ? List.of()
                : actions.findByStateOrderByProposedAt(ResolutionState.PENDING).stream()
                        .filter(a -> a.getApproverId() != null && below.contains(a.getApproverId()))
                        .toList();
    }

    @Transactional(readOnly = true)
    public List<ResolutionAction> pending() {
        return actions.findByStateOrderByProposedAt(ResolutionState.PENDING);
    }

    @Transactional(readOnly = true)
    public List<ResolutionAction> ofCase(long caseId) {
        return actions.findByCaseIdOrderByProposedAt(caseId);
    }

    /**
     * The waiting action {@code me} may decide: theirs, or one waiting on someone below them, which
     * they take over first, on the record.
     */
    private ResolutionAction pendingFor(long actionId, long me, Instant now) {
        ResolutionAction action = actions.findById(actionId)
                .orElseThrow(() -> KantorException.notFound("error.action-not-found", actionId));
        if (action.getState() != ResolutionState.PENDING) {
            throw KantorException.conflict("approval.already-decided");
        }
        if (action.getProposedBy() == me) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "approval.own-request");
        }
        if (action.getApproverId() == null) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "approval.not-yours");
        }
        if (action.getApproverId() == me) {
            return action;
        }
        if (!Approvers.isAbove(me, action.getApproverId(), staff)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "approval.not-yours");
        }
        return moves.move(action, me, ApprovalMoves.TAKEN_OVER, me, now);
    }

    private void resolve(CustomerCase c, ResolutionAction action, long by, Instant now, EntryKind kind) {
        c.resolve(by, now);
        CustomerCase saved = cases.save(c);
        // the customer reads what was done; why is the staff's own note, which stays internal
        timeline.add(c.getId(), now, kind, by, false, null, EntryDetail.action(action.getType(), action.getAmount()));
        if (kind == EntryKind.ACTION_CARRIED_OUT && action.getNote() != null) {
            timeline.add(c.getId(), now, EntryKind.NOTE, by, false, action.getNote(), null);
        }
        timeline.add(c.getId(), now, EntryKind.STATUS, by, false, null, EntryDetail.of(CaseStatus.RESOLVED));
        if (kind == EntryKind.ACTION_CARRIED_OUT) {
            contacts.record(by, c.getId(), c.getChannel(), now);
        }
        mail.resolved(customers.findById(c.getCustomerId()).orElseThrow(), saved);
    }
}
