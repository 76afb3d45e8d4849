package dev.kantor.cases.resolution;

import java.time.Instant;

import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.cases.ResolutionType;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A refund, credit, replacement, waiver or gift proposed to put a customer's problem right. An
 * approver's decision is registered as {@link ResolutionApproved} or {@link ResolutionRejected},
 * published when the action is saved; an action carried out at once is new, so its
 * {@code ResolutionCarriedOut} is published once it is stored and has its id.
 */
@Table("resolution_action")
public class ResolutionAction extends AbstractAggregateRoot<ResolutionAction> {

    @Id
    private Long id;

    private Long caseId;

    @Column("action_type")
    private ResolutionType type;

    private long amount;
    private ResolutionState state;
    private Long proposedBy;
    private Instant proposedAt;
    private Long approverId;
    /** When the approver it waits on was asked: their silence is counted from then. */
    private Instant askedAt;
    /** When it should have moved up but nobody above could take it; admins see those. */
    private Instant stalledAt;

    private Long decidedBy;
    private Instant decidedAt;
    private String note;
    private String reason;

    @Version
    private Integer version;

    ResolutionAction() {}

    static ResolutionAction carriedOut(
            long caseId, ResolutionType type, long amount, long by, String note, Instant now) {
        ResolutionAction action = proposed(caseId, type, amount, by, note, now);
        action.state = ResolutionState.CARRIED_OUT;
        action.decidedBy = by;
        action.decidedAt = now;
        return action;
    }

    static ResolutionAction awaitingApproval(
            long caseId, ResolutionType type, long amount, long by, String note, long approver, Instant now) {
        ResolutionAction action = proposed(caseId, type, amount, by, note, now);
        action.state = ResolutionState.PENDING;
        action.approverId = approver;
        action.askedAt = now;
        return action;
    }

    private static ResolutionAction proposed(
            long caseId, ResolutionType type, long amount, long by, String note, Instant now) {
        ResolutionAction action = new ResolutionAction();
        action.caseId = caseId;
        action.type = type;
        action.amount = amount;
        action.proposedBy = by;
        action.proposedAt = now;
        action.note = note == null || note.isBlank() ? null : note.strip();
        return action;
    }

    /**
     * It goes up the line to the next approver: the one asked cannot decide it alone, is absent or
     * silent, or an admin sent it on.
     */
    void passOnTo(long nextApprover, Instant now) {
        requirePending();
        approverId = nextApprover;
        askedAt = now;
        stalledAt = null;
    }

    /** It should move up, but nobody above may take it now: it stays, and admins see it. */
    boolean stall(Instant now) {
        requirePending();
        if (stalledAt != null) {
            return false;
        }
        stalledAt = now;
        return true;
    }

    /** The approver it waits on is back: it no longer needs an admin's eye. */
    boolean unstall() {
        requirePending();
        if (stalledAt == null) {
            return false;
        }
        stalledAt = null;
        return true;
    }

    void approve(long by, Instant now) {
        requireDecidableBy(by);
        state = ResolutionState.APPROVED;
        decidedBy = by;
        decidedAt = now;
        registerEvent(new ResolutionApproved(id, caseId, type, amount, proposedBy, by, now));
    }

    void reject(long by, String why, Instant now) {
        requireDecidableBy(by);
        // the reason's column holds 1,000 characters
        new InputCheck().required("reason", why, 1000).throwIfAny();
        state = ResolutionState.REJECTED;
        decidedBy = by;
        decidedAt = now;
        reason = why.strip();
        registerEvent(new ResolutionRejected(id, caseId, type, amount, proposedBy, by, now));
    }

    private void requireDecidableBy(long by) {
        requirePending();
        if (by == proposedBy) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "approval.own-request");
        }
        if (approverId == null || approverId != by) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "approval.not-yours");
        }
    }

    private void requirePending() {
        if (state != ResolutionState.PENDING) {
            throw KantorException.conflict("approval.already-decided");
        }
    }

    public boolean done() {
        return state == ResolutionState.CARRIED_OUT || state == ResolutionState.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public ResolutionType getType() {
        return type;
    }

    public long getAmount() {
        return amount;
    }

    public ResolutionState getState() {
        return state;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Long getApproverId() {
        return approverId;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getStalledAt() {
        return stalledAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public String getReason() {
        return reason;
    }

    public Integer getVersion() {
        return version;
    }
}
