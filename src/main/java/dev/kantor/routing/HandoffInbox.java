package dev.kantor.routing;

import java.util.List;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the signed-in employee: handoffs offered to them, and alerts about handoffs. */
@Service
@Transactional
public class HandoffInbox {

    /** An offer to answer, with the customer's case in a line. */
    public record Offer(Handoff handoff, String caseReference, String customerName, String subject) {
    }

    /** An alert with the handoff it is about. */
    public record AlertLine(long id, AlertKind kind, Handoff handoff, String caseReference) {
    }

    public record Contents(List<Offer> offers, List<AlertLine> alerts) {

        public boolean empty() {
            return offers.isEmpty() && alerts.isEmpty();
        }
    }

    private final HandoffDesk desk;
    private final Handoffs handoffs;
    private final RoutingAlerts alerts;
    private final HandoffCases cases;

    HandoffInbox(HandoffDesk desk, Handoffs handoffs, RoutingAlerts alerts, HandoffCases cases) {
        this.desk = desk;
        this.handoffs = handoffs;
        this.alerts = alerts;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Contents mine() {
        if (CurrentUser.get().map(u -> u.employeeId() == null).orElse(true)) {
            return new Contents(List.of(), List.of());
        }
        List<Offer> offers = desk.offeredToMe().stream().map(h -> {
            var c = cases.find(h.getCaseId()).orElseThrow();
            return new Offer(h, c.reference(), c.customerName(), c.subject());
        }).toList();
        List<AlertLine> lines = desk.myAlerts().stream().map(a -> {
            Handoff h = handoffs.findById(a.handoffId()).orElseThrow();
            return new AlertLine(a.id(), a.kind(), h,
                    cases.find(h.getCaseId()).map(c -> c.reference()).orElse(""));
        }).toList();
        return new Contents(offers, lines);
    }

    public boolean dismiss(long alertId) {
        return desk.dismiss(alertId);
    }
}
