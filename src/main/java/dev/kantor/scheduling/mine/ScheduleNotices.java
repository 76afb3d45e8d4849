package dev.kantor.scheduling.mine;

import java.time.Clock;
import java.util.List;

import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.scheduling.SchedulePublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Everyone whose shifts or breaks a publication changed finds it in their notifications, with a link
 * to "My schedule": once per person and publication, however often the event is delivered.
 */
@Component
class ScheduleNotices {

    private final Notifications notifications;
    private final Clock clock;

    ScheduleNotices(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SchedulePublished e) {
        for (long employee : e.affectedEmployeeIds()) {
            notifications.notify(new Notice(
                    "schedule:" + e.scheduleId() + ":" + e.version() + ":" + employee,
                    employee,
                    "SCHEDULE",
                    e.version() == 1 ? "notice.schedule-published" : "notice.schedule-changed",
                    // the week as the ISO date of its Monday: the same in both languages, never ambiguous
                    List.of(Notice.verbatim(e.monday().toString())),
                    "/schedule",
                    clock.instant()));
        }
    }
}
