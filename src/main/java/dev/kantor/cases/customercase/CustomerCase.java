package dev.kantor.cases.customercase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kantor.cases.CaseAssigned;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseReopened;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.Pause;
import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer contact from any channel, owned by an employee until it is resolved. Its timeline
 * is kept apart (see {@code CaseTimeline}); this aggregate holds what the rules decide on. Each
 * change other modules hear of is registered as an event, published when the case is saved
 * ({@link CaseAssigned}, {@link CaseResolved}, {@link CaseReopened}, {@link CaseRated}); a new case's
 * {@code CaseOpened} is published by intake, which stores it. Each change of its status, owner or
 * priority is also kept as a {@link FieldChange} with the version it made (see {@code FieldChangeLog}),
 * so that a change based on an older version conflicts only with changes of the same field.
 */
@Table("customer_case")
public class CustomerCase extends AbstractAggregateRoot<CustomerCase> {

    @Id
    private Long id;

    private String reference;
    private String accessToken;
    private Long customerId;
    private Channel channel;
    private CaseType caseType;
    private String topic;
    private Priority priority;
    private String subject;
    /** Whether the customer wrote the subject; one typed by an employee (a walk-in, a call) is internal. */
    private boolean subjectByCustomer;

    private CaseStatus status;
    private Long ownerId;
    private Instant openedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant helpRequestedAt;
    private Long helpRequestedBy;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "customer_case", keyColumn = "pause_no")
    private List<CasePause> pauses = new ArrayList<>();

    /** Changes of status, owner and priority since the case was read, written with the version saving makes. */
    @Transient
    private final List<FieldChange> unsavedChanges = new ArrayList<>();

    CustomerCase() {}

    /** Opens a case; one logged by an employee in person is theirs and counts as answered. */
    public static CustomerCase open(
            String reference,
            String accessToken,
            long customerId,
            Channel channel,
            CaseType type,
            String topic,
            Priority priority,
            String subject,
            Long loggedBy,
            Instant now) {
        CustomerCase c = new CustomerCase();
        c.reference = reference;
        c.accessToken = accessToken;
        c.customerId = customerId;
        c.channel = channel;
        c.caseType = type;
        c.topic = topic;
        c.priority = priority;
        c.subject = subject;
        c.subjectByCustomer = loggedBy == null;
        c.openedAt = now;
        c.status = CaseStatus.NEW;
        if (loggedBy != null) {
            c.ownerId = loggedBy;
            c.status = CaseStatus.OPEN;
            if (channel.inPerson()) {
                c.firstResponseAt = now;
            }
        }
        return c;
    }

    /** Takes the id the database gave a new case written outside the repository (see {@code NewCases}). */
    public CustomerCase inserted(long newId) {
        this.id = newId;
        this.version = 0;
        return this;
    }

    public void checkVersion(int expected) {
        if (version == null || version != expected) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    /**
     * Takes ownership (or gives it to someone else).
     *
     * @param by the employee who changed the owner
     */
    public void assignTo(long employeeId, Long by, Instant now) {
        requireNotClosed();
        if (ownerId != null && ownerId == employeeId) {
            throw KantorException.invalid("case.already-owner");
        }
        registerEvent(new CaseAssigned(id, reference, employeeId, ownerId, by, now));
        changed(CaseField.OWNER, owner(ownerId), owner(employeeId), by, false, now);
        ownerId = employeeId;
        // a new case is open once someone owns it: nobody's decision, so no change anyone conflicts with
        if (status == CaseStatus.NEW) {
            status = CaseStatus.OPEN;
        }
    }

    /**
     * An employee gives the case to someone, or takes it. Whoever works cases may take any case
     * (a colleague's too, as when the colleague is away) and hand on a case that is theirs or
     * nobody's; handing a colleague's case to a third person is for those who share out the work.
     *
     * @param sharesOutWork whether {@code by} shares out the team's work (managers, admins)
     */
    public void handTo(long employeeId, long by, boolean sharesOutWork, Instant now) {
        requireNotClosed();
        if (employeeId != by && !sharesOutWork && ownerId != null && ownerId != by) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "case.reassign-colleagues-case");
        }
        assignTo(employeeId, by, now);
    }

    /**
     * An employee puts the case back in the queue with nobody owning it: their own case, or any
     * case when they share out the work.
     *
     * @param sharesOutWork whether {@code by} shares out the team's work (managers, admins)
     */
    public void release(long by, boolean sharesOutWork, Instant now) {
        requireNotClosed();
        if (ownerId == null) {
            throw KantorException.invalid("case.already-unassigned");
        }
        if (ownerId != by && !sharesOutWork) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "case.unassign-colleagues-case");
        }
        registerEvent(new CaseAssigned(id, reference, null, ownerId, by, now));
        changed(CaseField.OWNER, owner(ownerId), null, by, false, now);
        ownerId = null;
    }

    /** Back to the queue with nobody owning it, as when a handoff found nobody to accept it. */
    public void unassign(Instant now) {
        if (ownerId != null) {
            registerEvent(new CaseAssigned(id, reference, null, ownerId, null, now));
            changed(CaseField.OWNER, owner(ownerId), null, null, false, now);
        }
        ownerId = null;
    }

    /**
     * An employee wrote to the customer; the first such message stops the first-response clock.
     *
     * @return whether the case itself changed (a message alone only appends to the timeline)
     */
    public boolean repliedToCustomer(long by, Instant now, boolean waitForCustomer) {
        requireNotClosed();
        boolean changed = false;
        if (firstResponseAt == null) {
            firstResponseAt = now;
            changed = true;
        }
        if (status == CaseStatus.NEW) {
            status = CaseStatus.OPEN;
            changed = true;
        }
        if (waitForCustomer && status == CaseStatus.OPEN) {
            moveTo(CaseStatus.WAITING_ON_CUSTOMER, by, false, now);
            changed = true;
        }
        return changed;
    }

    /**
     * The customer wrote: a case waiting on them, or already resolved, is open again.
     *
     * @return whether the case itself changed (its status)
     */
    public boolean customerReplied(Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw KantorException.invalid("case.closed");
        }
        if (status == CaseStatus.WAITING_ON_CUSTOMER || status == CaseStatus.RESOLVED) {
            moveTo(CaseStatus.OPEN, null, true, now);
            return true;
        }
        return false;
    }

    /** A priority chosen by hand, such as an urgent complaint found to be an ordinary question. */
    public void changePriority(Priority to, long by, Instant now) {
        requireNotClosed();
        if (to == priority) {
            throw KantorException.invalid("case.priority-unchanged");
        }
        changed(CaseField.PRIORITY, priority.name(), to.name(), by, false, now);
        priority = to;
    }

    /** A status chosen by hand; approvals move cases in and out of PENDING_APPROVAL themselves. */
    public void changeStatus(CaseStatus to, long by, Instant now) {
        if (!CaseStatus.CHOSEN_BY_HAND.contains(to)) {
            throw KantorException.invalid("case.status-not-allowed");
        }
        if (status == CaseStatus.PENDING_APPROVAL) {
            throw KantorException.invalid("case.pending-approval");
        }
        if (to == status) {
            throw KantorException.invalid("case.status-unchanged");
        }
        if (to == CaseStatus.CLOSED && status != CaseStatus.RESOLVED) {
            throw KantorException.invalid("case.close-before-resolve");
        }
        if (status == CaseStatus.CLOSED) {
            throw KantorException.invalid("case.closed");
        }
        moveTo(to, by, now);
    }

    /**
     * A resolution action is for a case still being worked on: one waiting for an approval waits for
     * the approver, a resolved one is reopened first (so that nothing is refunded or credited twice by
     * mistake), and a closed one takes none.
     */
    public void checkOpenForAction() {
        switch (status) {
            case PENDING_APPROVAL -> throw KantorException.invalid("case.pending-approval");
            case RESOLVED -> throw KantorException.invalid("case.reopen-first");
            case CLOSED -> throw KantorException.invalid("case.closed");
            default -> {
                // NEW, OPEN and WAITING_ON_CUSTOMER take actions
            }
        }
    }

    public void awaitApproval(long by, Instant now) {
        requireNotClosed();
        moveTo(CaseStatus.PENDING_APPROVAL, by, now);
    }

    /** An approval was refused: the case goes back to its owner to find another way. */
    public void approvalRefused(long by, Instant now) {
        if (status == CaseStatus.PENDING_APPROVAL) {
            moveTo(CaseStatus.OPEN, by, now);
        }
    }

    /** A resolution action was carried out or approved. */
    public void resolve(long by, Instant now) {
        requireNotClosed();
        moveTo(CaseStatus.RESOLVED, by, now);
    }

    /** The customer rates the service once the case is resolved, once. */
    public void rate(int stars, String comment, Instant now) {
        if (!status.done()) {
            throw KantorException.invalid("case.rate-before-resolved");
        }
        if (rating != null) {
            throw KantorException.invalid("case.already-rated");
        }
        if (stars < 1 || stars > 5) {
            throw KantorException.invalid("case.rating-range");
        }
        rating = stars;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        ratedAt = now;
        registerEvent(new CaseRated(id, reference, stars, ownerId, now));
    }

    /** The owner asks their manager to step in ("support your staff"). */
    public void askForHelp(long by, Instant now) {
        requireNotClosed();
        helpRequestedAt = now;
        helpRequestedBy = by;
    }

    /** A manager stepped in: the case no longer shows as asking for help. */
    public void helpGiven() {
        helpRequestedAt = null;
        helpRequestedBy = null;
    }

    private void moveTo(CaseStatus to, Long by, Instant now) {
        moveTo(to, by, false, now);
    }

    /** @param by the employee who moved the case; null for the customer or Kantor */
    private void moveTo(CaseStatus to, Long by, boolean byCustomer, Instant now) {
        changed(CaseField.STATUS, status.name(), to.name(), by, byCustomer, now);
        if (status == CaseStatus.WAITING_ON_CUSTOMER && to != CaseStatus.WAITING_ON_CUSTOMER) {
            closePause(now);
        }
        if (to == CaseStatus.WAITING_ON_CUSTOMER) {
            pauses.add(new CasePause(now, null));
        }
        if (to == CaseStatus.RESOLVED) {
            resolvedAt = now;
            if (firstResponseAt == null) {
                firstResponseAt = now;
            }
            registerEvent(new CaseResolved(id, reference, caseType, topic, channel, ownerId, by, openedAt, now));
        }
        if (status == CaseStatus.RESOLVED && to != CaseStatus.CLOSED) {
            registerEvent(new CaseReopened(id, reference, to, by, now));
        }
        if (to == CaseStatus.OPEN && status == CaseStatus.RESOLVED) {
            resolvedAt = null;
        }
        status = to;
    }

    private void changed(CaseField field, String from, String to, Long by, boolean byCustomer, Instant now) {
        unsavedChanges.add(new FieldChange(0, 0, field, from, to, by, byCustomer, now));
    }

    private static String owner(Long employeeId) {
        return employeeId == null ? null : employeeId.toString();
    }

    /** The changes saving the case just stored, each with the version it made; none are kept after. */
    List<FieldChange> savedChanges(int savedVersion) {
        List<FieldChange> saved =
                unsavedChanges.stream().map(c -> c.madeBy(id, savedVersion)).toList();
        unsavedChanges.clear();
        return saved;
    }

    private void closePause(Instant now) {
        int last = pauses.size() - 1;
        if (last >= 0 && pauses.get(last).to() == null) {
            pauses.set(last, new CasePause(pauses.get(last).from(), now));
        }
    }

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw KantorException.invalid("case.closed");
        }
    }

    public List<Pause> pauses() {
        return pauses.stream().map(CasePause::pause).toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public String getTopic() {
        return topic;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isSubjectByCustomer() {
        return subjectByCustomer;
    }

    /** The subject as the customer wrote it; empty when an employee typed it, which the customer never reads. */
    public Optional<String> customersOwnSubject() {
        return subjectByCustomer ? Optional.ofNullable(subject) : Optional.empty();
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getHelpRequestedAt() {
        return helpRequestedAt;
    }

    public Long getHelpRequestedBy() {
        return helpRequestedBy;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Integer getVersion() {
        return version;
    }
}
