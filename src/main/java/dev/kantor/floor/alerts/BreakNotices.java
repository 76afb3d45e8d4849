package dev.kantor.floor.alerts;

import java.util.List;

import dev.kantor.floor.BreakCannotBeCovered;
import dev.kantor.floor.responsibility.Responsibilities;
import dev.kantor.floor.responsibility.Responsibility;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.web.Times;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a queue's responsible managers when an agent's break fits nowhere in its window without
 * leaving the queue short, so that they can fill in or call someone in before the agent has to
 * choose between their break and the customers. Once per break: the same agent asking again, or
 * the event delivered twice, notifies nobody twice (the notice is keyed by the break).
 */
@Component
class BreakNotices {

    static final String KIND = "FLOOR_BREAK";

    private final Responsibilities responsibilities;
    private final Notifications notifications;
    private final People people;
    private final StaffMail mail;
    private final BusinessZone zone;

    BreakNotices(
            Responsibilities responsibilities,
            Notifications notifications,
            People people,
            StaffMail mail,
            BusinessZone zone) {
        this.responsibilities = responsibilities;
        this.notifications = notifications;
        this.people = people;
        this.mail = mail;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(BreakCannotBeCovered event) {
        SystemUser.run(() -> tell(event));
    }

    private void tell(BreakCannotBeCovered event) {
        String agent =
                people.employee(event.employeeId()).map(Employee::getFullName).orElse("");
        Times times = Times.in(zone.zone());
        responsibilities.of(event.queueId(), mail.defaultLanguage()).ifPresent(responsibility -> {
            for (Responsibility.Manager manager : responsibility.managers()) {
                notifications.notify(new Notice(
                        "floor-break:" + event.shiftId() + ":" + event.position(),
                        manager.employeeId(),
                        KIND,
                        "floor.alerts.break-notice",
                        List.of(
                                Notice.verbatim(agent),
                                Notice.verbatim(responsibility.queueName()),
                                Notice.verbatim(times.time(event.shortFrom())),
                                Notice.verbatim(String.valueOf(event.shortBy()))),
                        "/floor/fill-in?queue=" + event.queueId(),
                        event.shortFrom()));
            }
        });
    }
}
