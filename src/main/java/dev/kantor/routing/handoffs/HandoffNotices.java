package dev.kantor.routing.handoffs;

import java.util.List;

import dev.kantor.people.People;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.HandoffOffered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer offered to a colleague is in their notifications as well as in the offer that pops up
 * on whatever page they are on: once per offer, however often the event is delivered.
 */
@Component
class HandoffNotices {

    private final Notifications notifications;
    private final HandoffCases cases;
    private final People people;

    HandoffNotices(Notifications notifications, HandoffCases cases, People people) {
        this.notifications = notifications;
        this.cases = cases;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(HandoffOffered e) {
        HandoffCase c = cases.find(e.caseId()).orElse(null);
        notifications.notify(new Notice(
                "handoff:" + e.handoffId() + ":" + e.offeredTo(),
                e.offeredTo(),
                "HANDOFF",
                "notice.handoff-offered",
                List.of(
                        Notice.verbatim(people.nameOf(e.senderId()).orElse("#" + e.senderId())),
                        Notice.verbatim(c == null ? "" : c.customerName()),
                        Notice.verbatim(c == null ? "#" + e.caseId() : c.reference())),
                "/handoffs/" + e.handoffId(),
                e.at()));
    }
}
