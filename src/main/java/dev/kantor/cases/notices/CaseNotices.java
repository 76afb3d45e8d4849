package dev.kantor.cases.notices;

import java.util.List;

import dev.kantor.cases.ApprovalEscalated;
import dev.kantor.cases.ApprovalRequested;
import dev.kantor.cases.CaseAssigned;
import dev.kantor.cases.CustomerMessageReceived;
import dev.kantor.cases.HelpGiven;
import dev.kantor.cases.HelpRequested;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.resolution.Rupiah;
import dev.kantor.people.People;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notifications from the cases module's events, each to the person it waits on. Every notice names
 * the fact it comes from, so that an event delivered twice notifies once; an approval that waits on
 * someone notifies them once however it reached them (asked, passed on, moved up).
 */
@Component
class CaseNotices {

    private final Notifications notifications;
    private final People people;
    private final Cases cases;

    CaseNotices(Notifications notifications, People people, Cases cases) {
        this.notifications = notifications;
        this.people = people;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ApprovalRequested e) {
        notifications.notify(new Notice(
                approvalKey(e.actionId(), e.approverId()),
                e.approverId(),
                "APPROVAL",
                "notice.approval-requested",
                List.of(name(e.proposedBy()), action(e.type()), amount(e.amount()), Notice.verbatim(e.reference())),
                "/approvals",
                e.at()));
    }

    @ApplicationModuleListener
    void on(ApprovalEscalated e) {
        notifications.notify(new Notice(
                approvalKey(e.actionId(), e.toId()),
                e.toId(),
                "APPROVAL",
                "notice.approval-moved." + e.reason(),
                List.of(name(e.fromId()), action(e.type()), amount(e.amount()), Notice.verbatim(e.reference())),
                "/approvals",
                e.at()));
    }

    /** The case is back with whoever proposed the action: their next step waits on them. */
    @ApplicationModuleListener
    void on(ResolutionRejected e) {
        notifications.notify(new Notice(
                "rejected:" + e.actionId(),
                e.proposedBy(),
                "APPROVAL",
                "notice.approval-rejected",
                List.of(
                        name(e.rejectedBy()),
                        action(e.type()),
                        amount(e.amount()),
                        Notice.verbatim(reference(e.caseId()))),
                "/cases/" + e.caseId(),
                e.at()));
    }

    @ApplicationModuleListener
    void on(HelpRequested e) {
        if (e.managerId() == null) {
            return;
        }
        boolean why = e.reason() != null && !e.reason().isBlank();
        notifications.notify(new Notice(
                "help:" + e.helpRequestId(),
                e.managerId(),
                "HELP",
                why ? "notice.help-requested" : "notice.help-requested.no-reason",
                why
                        ? List.of(name(e.requestedBy()), Notice.verbatim(e.reference()), Notice.verbatim(e.reason()))
                        : List.of(name(e.requestedBy()), Notice.verbatim(e.reference())),
                "/cases/" + e.caseId(),
                e.at()));
    }

    /** The owner who asked for help is told who is coming. */
    @ApplicationModuleListener
    void on(HelpGiven e) {
        notifications.notify(new Notice(
                "help-given:" + e.helpRequestId(),
                e.requestedBy(),
                "HELP",
                "notice.help-given",
                List.of(name(e.by()), Notice.verbatim(e.reference())),
                "/cases/" + e.caseId(),
                e.at()));
    }

    @ApplicationModuleListener
    void on(CustomerMessageReceived e) {
        if (e.ownerId() == null) {
            return;
        }
        notifications.notify(new Notice(
                "customer-wrote:" + e.caseId() + ":" + e.at().toEpochMilli(),
                e.ownerId(),
                "CUSTOMER",
                "notice.customer-wrote",
                List.of(Notice.verbatim(e.reference())),
                "/cases/" + e.caseId(),
                e.at()));
    }

    /** A case someone else gave them; one they took themselves waits on nobody new. */
    @ApplicationModuleListener
    void on(CaseAssigned e) {
        if (e.ownerId() == null || e.ownerId().equals(e.by())) {
            return;
        }
        notifications.notify(new Notice(
                "assigned:" + e.caseId() + ":" + e.ownerId() + ":" + e.at().toEpochMilli(),
                e.ownerId(),
                "CASE",
                e.by() == null ? "notice.case-assigned.by-kantor" : "notice.case-assigned",
                e.by() == null
                        ? List.of(Notice.verbatim(e.reference()))
                        : List.of(Notice.verbatim(e.reference()), name(e.by())),
                "/cases/" + e.caseId(),
                e.at()));
    }

    private static String approvalKey(long actionId, long approverId) {
        return "approval:" + actionId + ":" + approverId;
    }

    private String name(long employeeId) {
        return Notice.verbatim(people.nameOf(employeeId).orElse("#" + employeeId));
    }

    private String reference(long caseId) {
        return cases.findById(caseId).map(CustomerCase::getReference).orElse("#" + caseId);
    }

    private static String action(ResolutionType type) {
        return Notice.translated("cases.action." + type);
    }

    private static String amount(long rupiah) {
        return Notice.verbatim(Rupiah.format(rupiah));
    }
}
