package dev.kantor.assessment.taking;

import java.util.List;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.ResultShared;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a manager that someone of theirs shared their self-assessment with them, once per consent
 * given (a consent revoked and given again is a new fact: it is keyed by when it was given).
 */
@Component
class SharedResultNotices {

    private final People people;
    private final Notifications notifications;

    SharedResultNotices(People people, Notifications notifications) {
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ResultShared shared) {
        if (shared.audience() != Audience.MANAGER) {
            return;
        }
        people.employee(shared.employeeId())
                .filter(e -> e.getManagerId() != null)
                .ifPresent(e -> notify(e, shared));
    }

    private void notify(Employee employee, ResultShared shared) {
        notifications.notify(new Notice(
                "assessment-shared:" + shared.employeeId() + ":"
                        + shared.sharedAt().toEpochMilli(),
                employee.getManagerId(),
                "ASSESSMENT",
                "assessment.notice.shared",
                List.of(Notice.verbatim(employee.getFullName())),
                "/assessment/people/" + employee.getId(),
                shared.sharedAt()));
    }
}
