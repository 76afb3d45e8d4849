package dev.kantor.routing.handoffs;

import java.util.List;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the signed-in employee: handoffs offered to them, and alerts about handoffs. */
@Service
@Transactional
class HandoffInbox {

    /** An offer to answer, with the customer's case in a line. */
    record Offer(Handoff handoff, String caseReference, String customerName, String subject) {}

    /** An alert with the handoff it is about. */
    record AlertLine(long id, AlertKind kind, Handoff handoff, String caseReference) {}

    record Contents(List<Offer> offers, List<AlertLine> alerts) {

        public boolean empty() {
            return offers.isEmpty() && alerts.isEmpty();
        }
    }

    private final VisibleHandoffs visible;
    private final Handoffs handoffs;
    private final HandoffAlerts alerts;
    private final HandoffCases cases;

    HandoffInbox(VisibleHandoffs visible, Handoffs handoffs, HandoffAlerts alerts, HandoffCases cases) {
        this.visible = visible;
        this.handoffs = handoffs;
        this.alerts = alerts;
        this.cases = cases;
    }

    /** Empty for an account that is nobody's: it is never offered customers. */
    @Transactional(readOnly = true)
    Contents mine() {
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        if (me == null) {
            return new Contents(List.of(), List.of());
        }
        List<Offer> offers = visible.offeredToMe().stream()
                .map(h -> {
                    HandoffCase c = cases.find(h.getCaseId()).orElseThrow();
                    return new Offer(h, c.reference(), c.customerName(), c.subject());
                })
                .toList();
        List<AlertLine> lines = alerts.unseen(me).stream()
                .map(a -> {
                    Handoff h = handoffs.findById(a.handoffId()).orElseThrow();
                    return new AlertLine(
                            a.id(),
                            a.kind(),
                            h,
                            cases.find(h.getCaseId())
                                    .map(HandoffCase::reference)
                                    .orElse(""));
                })
                .toList();
        return new Contents(offers, lines);
    }

    /** Marks one of the signed-in employee's alerts read. */
    boolean dismiss(long alertId) {
        return alerts.seen(CurrentUser.employeeId("routing.no-employee"), alertId);
    }
}
