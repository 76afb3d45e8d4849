package dev.kantor.cases.handoffs;

import java.util.function.Predicate;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.events.ImmediateModuleListener;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffDeclined;
import dev.kantor.routing.HandoffExpired;
import dev.kantor.routing.HandoffOffered;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.routing.HandoffStarted;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What a warm handoff does to its case, written from routing's events: every step goes on the
 * timeline, internal to staff, and the case changes owner only when the receiver accepts. Each
 * entry names the event it came from, so that an event delivered twice (after a crash, say)
 * changes the case once. The listeners run before the request that caused the step is answered,
 * so that the colleague who accepts lands on a case that is already theirs. A change of owner is
 * published as {@code CaseAssigned}, once, with the entry that records it.
 */
@Component
class CaseSideOfHandoffs {

    private static final int ATTEMPTS = 3;

    private final Cases cases;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;

    CaseSideOfHandoffs(Cases cases, CaseTimeline timeline, CustomerContacts contacts) {
        this.cases = cases;
        this.timeline = timeline;
        this.contacts = contacts;
    }

    /** The context the sender wrote for the receiver, kept on the case as an internal note. */
    @ImmediateModuleListener
    void on(HandoffStarted e) {
        if (e.note() != null && !e.note().isBlank()) {
            timeline.addOnce(
                    origin(e.handoffId(), "started"),
                    e.caseId(),
                    e.at(),
                    EntryKind.NOTE,
                    e.senderId(),
                    e.note().strip(),
                    null);
        }
    }

    /** The colleague's offer, for the record: the customer waits with the sender meanwhile. */
    @ImmediateModuleListener
    void on(HandoffOffered e) {
        timeline.addOnce(
                origin(e.handoffId(), "offered:" + e.offeredTo()),
                e.caseId(),
                e.at(),
                EntryKind.HANDOFF_OFFERED,
                e.senderId(),
                null,
                EntryDetail.employee(e.offeredTo()));
    }

    @ImmediateModuleListener
    void on(HandoffDeclined e) {
        timeline.addOnce(
                origin(e.handoffId(), "declined:" + e.declinedBy()),
                e.caseId(),
                e.at(),
                EntryKind.HANDOFF_DECLINED,
                e.declinedBy(),
                e.reason(),
                EntryDetail.employee(e.declinedBy()));
    }

    @ImmediateModuleListener
    void on(HandoffExpired e) {
        timeline.addOnce(
                origin(e.handoffId(), "expired:" + e.offeredTo()),
                e.caseId(),
                e.at(),
                EntryKind.HANDOFF_EXPIRED,
                null,
                null,
                EntryDetail.employee(e.offeredTo()));
    }

    /**
     * The receiver accepted: they own the case now, the customer's portal says who is helping
     * them, and the contact counts as theirs. A concurrent edit of the case by someone else is
     * retried, since an accepted handoff must not be lost to an unrelated change.
     */
    @ImmediateModuleListener
    void on(HandoffAccepted e) {
        if (!timeline.addOnce(
                origin(e.handoffId(), "accepted"),
                e.caseId(),
                e.at(),
                EntryKind.OWNER,
                e.receiverId(),
                null,
                EntryDetail.employee(e.receiverId()))) {
            return;
        }
        CustomerCase c = changed(e.caseId(), c1 -> {
            if (c1.getOwnerId() == null || c1.getOwnerId() != e.receiverId()) {
                c1.assignTo(e.receiverId(), e.receiverId(), e.at());
                return true;
            }
            return false;
        });
        contacts.record(e.receiverId(), e.caseId(), c.getChannel(), e.at());
    }

    /** Nobody accepted: the case waits, unowned, in its topic's queue. */
    @ImmediateModuleListener
    void on(HandoffQueued e) {
        if (timeline.addOnce(
                origin(e.handoffId(), "queued"), e.caseId(), e.at(), EntryKind.HANDOFF_QUEUED, null, null, null)) {
            changed(e.caseId(), c -> {
                c.unassign(e.at());
                return true;
            });
        }
    }

    /** Applies a change to the case, read again when someone else saved it in between. */
    private CustomerCase changed(long caseId, Predicate<CustomerCase> change) {
        for (int attempt = 1; ; attempt++) {
            CustomerCase c =
                    cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
            if (!change.test(c)) {
                return c;
            }
            try {
                return cases.save(c);
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw KantorException.conflict("error.concurrent-change");
                }
            }
        }
    }

    private static String origin(long handoffId, String step) {
        return "handoff:" + handoffId + ":" + step;
    }
}
