package dev.kantor.arrangements.requests;

import java.time.Clock;
import java.util.List;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.arrangements.ArrangementRequested;
import dev.kantor.people.People;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The manager finds a request waiting on them in their notifications, and the employee the decision: once per
 * fact, however often the event is delivered.
 */
@Component
class ArrangementNotices {

    private final Notifications notifications;
    private final People people;
    private final Clock clock;

    ArrangementNotices(Notifications notifications, People people, Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ArrangementRequested e) {
        if (e.managerId() == null) {
            return;
        }
        notifications.notify(new Notice(
                "arrangement:" + e.arrangementId() + ":requested",
                e.managerId(),
                "ARRANGEMENT",
                "arrangements.notice.requested." + e.kind(),
                List.of(Notice.verbatim(people.nameOf(e.employeeId()).orElse(""))),
                "/arrangements/" + e.arrangementId(),
                clock.instant()));
    }

    @ApplicationModuleListener
    void on(ArrangementDecided e) {
        notifications.notify(new Notice(
                "arrangement:" + e.arrangementId() + ":decided",
                e.employeeId(),
                "ARRANGEMENT",
                "arrangements.notice." + (e.approved() ? "approved." : "declined.") + e.kind(),
                List.of(Notice.verbatim(people.nameOf(e.decidedBy()).orElse(""))),
                "/arrangements/" + e.arrangementId(),
                clock.instant()));
    }
}
