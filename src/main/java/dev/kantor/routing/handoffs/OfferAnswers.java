package dev.kantor.routing.handoffs;

import java.time.Clock;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in employee's answer to a handoff offered to them: accepting makes the customer
 * theirs and tells the sender; declining moves the handoff to the next person or the queue. Two
 * answers to the same offer (two tabs, an answer racing the expiry) resolve to exactly one.
 */
@Service
@Transactional
public class OfferAnswers {

    static final int MAX_REASON = 500;

    private final Handoffs handoffs;
    private final NextOffer offers;
    private final HandoffAlerts alerts;
    private final HandoffAudit audit;
    private final Clock clock;

    OfferAnswers(Handoffs handoffs, NextOffer offers, HandoffAlerts alerts, HandoffAudit audit, Clock clock) {
        this.handoffs = handoffs;
        this.offers = offers;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refused when offered to someone else (forbidden), or already answered, run out or queued (conflict). */
    public Handoff accept(long handoffId) {
        long me = CurrentUser.employeeId("routing.no-employee");
        Handoff h = handoffs.require(handoffId);
        Map<String, String> before = audit.snapshot(h);
        h.accept(me, clock.instant());
        h = handoffs.store(h);
        alerts.alert(h.getSenderId(), h.getId(), AlertKind.ACCEPTED);
        audit.changed(before, h);
        return h;
    }

    /** @param reason why, for the sender; up to {@value #MAX_REASON} characters, or none */
    public Handoff decline(long handoffId, String reason) {
        long me = CurrentUser.employeeId("routing.no-employee");
        new InputCheck().maxLength("reason", reason, MAX_REASON).throwIfAny();
        Handoff h = handoffs.require(handoffId);
        Map<String, String> before = audit.snapshot(h);
        h.decline(me, reason, clock.instant());
        h = offers.after(h);
        audit.changed(before, h);
        return h;
    }
}
