package dev.kantor.cases.resolution;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Moves a waiting approval from one person to another, in the caller's transaction: by the
 * escalation rule (its approver absent or silent), when a manager above takes it over, or when an
 * admin sends it on. Every move goes on the case's timeline, internal to staff, and into the audit
 * trail.
 */
@Component
class ApprovalMoves {

    /** A manager above the approver decided in their place. */
    static final String TAKEN_OVER = "TAKEN_OVER";

    /** An admin sent it to someone who may decide it. */
    static final String SENT_BY_ADMIN = "SENT_BY_ADMIN";

    private final ResolutionActions actions;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Staff staff;
    private final StaffAttendance attendance;
    private final BusinessCalendars calendars;
    private final Duration escalateAfter;

    ApprovalMoves(
            ResolutionActions actions,
            Cases cases,
            CaseTimeline timeline,
            AuditTrail audit,
            Staff staff,
            StaffAttendance attendance,
            BusinessCalendars calendars,
            @Value("${kantor.approvals.escalate-after:PT2H}") Duration escalateAfter) {
        this.actions = actions;
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
        this.staff = staff;
        this.attendance = attendance;
        this.calendars = calendars;
        this.escalateAfter = escalateAfter;
    }

    /** Where the rule sends a waiting approval now; changes nothing. */
    EscalationRule.Outcome outcome(ResolutionAction action, Instant now) {
        return EscalationRule.decide(
                new EscalationRule.Waiting(
                        action.getApproverId(),
                        action.getProposedBy(),
                        action.getType(),
                        action.getAmount(),
                        action.getAskedAt()),
                now,
                escalateAfter,
                calendars.current(),
                staff,
                attendance);
    }

    /** Whether applying the rule now would change anything: move it, or stall or release it. */
    boolean due(ResolutionAction action, Instant now) {
        EscalationRule.Outcome outcome = outcome(action, now);
        if (outcome instanceof EscalationRule.Move) {
            return true;
        }
        return outcome instanceof EscalationRule.Stall ? action.getStalledAt() == null : action.getStalledAt() != null;
    }

    /**
     * Applies the rule to a waiting approval and stores what changed.
     *
     * @return the move, or empty when it stays (stalled or not)
     */
    Optional<EscalationRule.Move> apply(ResolutionAction action, Instant now) {
        EscalationRule.Outcome outcome = outcome(action, now);
        if (outcome instanceof EscalationRule.Move move) {
            move(action, move.to(), move.reason(), null, now);
            return Optional.of(move);
        }
        if (outcome instanceof EscalationRule.Stall ? action.stall(now) : action.unstall()) {
            actions.save(action);
        }
        return Optional.empty();
    }

    /**
     * Moves the approval to {@code to}, on the record.
     *
     * @param by who moved it: the manager who took it over, the admin who sent it; null for Kantor
     */
    ResolutionAction move(ResolutionAction action, long to, String reason, Long by, Instant now) {
        long from = action.getApproverId();
        Map<String, String> before = snapshot(action, null);
        action.passOnTo(to, now);
        ResolutionAction saved = actions.save(action);
        timeline.add(
                action.getCaseId(),
                now,
                EntryKind.ACTION_ESCALATED,
                by,
                false,
                null,
                EntryDetail.moved(action.getType(), action.getAmount(), to, from, reason));
        audit.changed(
                "approval", action.getId(), reference(action), AuditAction.UPDATED, before, snapshot(saved, reason));
        return saved;
    }

    /** The case's reference, for the audit trail and the events. */
    String reference(ResolutionAction action) {
        return cases.findById(action.getCaseId())
                .map(CustomerCase::getReference)
                .orElse("#" + action.getCaseId());
    }

    private Map<String, String> snapshot(ResolutionAction action, String reason) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("waitingOn", staff.name(action.getApproverId()));
        s.put("movedBecause", reason == null ? "" : reason);
        return s;
    }
}
