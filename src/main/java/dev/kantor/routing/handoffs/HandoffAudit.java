package dev.kantor.routing.handoffs;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.people.People;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;

import org.springframework.stereotype.Component;

/** Every step of a handoff in the audit trail, under its case's reference, with people by name. */
@Component
class HandoffAudit {

    private final AuditTrail audit;
    private final HandoffCases cases;
    private final People people;

    HandoffAudit(AuditTrail audit, HandoffCases cases, People people) {
        this.audit = audit;
        this.cases = cases;
        this.people = people;
    }

    void started(Handoff h, String caseReference) {
        audit.created(
                "handoff",
                h.getId(),
                caseReference,
                Map.of(
                        "topic",
                        h.getTopic(),
                        "language",
                        h.getLanguage(),
                        "state",
                        h.getState().name(),
                        "offeredTo",
                        name(h.getOfferedTo())));
    }

    /** Where a handoff stands, to record a step as the change from one to the next. */
    Map<String, String> snapshot(Handoff h) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("state", h.getState().name());
        s.put("offeredTo", name(h.getOfferedTo()));
        s.put("receiver", name(h.getReceiverId()));
        return s;
    }

    void changed(Map<String, String> before, Handoff after) {
        String reference =
                cases.find(after.getCaseId()).map(HandoffCase::reference).orElse("#" + after.getCaseId());
        audit.changed("handoff", after.getId(), reference, AuditAction.UPDATED, before, snapshot(after));
    }

    private String name(Long employeeId) {
        return employeeId == null ? "" : people.nameOf(employeeId).orElse("#" + employeeId);
    }
}
