package dev.kantor.demo;

import java.util.Set;

import dev.kantor.floor.ResponsibleDepartments;
import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.stereotype.Component;

/**
 * The live floor's short-staffed part for the demo company: Customer Service answers for the front
 * desk and the phone line, so that its managers (Dewi Lestari and her team leads) are alerted when
 * either is short.
 */
@Component
class DemoFloorShortStaffed {

    private static final Set<String> FRONT_OFFICE_QUEUES = Set.of("Front desk", "Phone line");

    private final ResponsibleDepartments responsible;
    private final WorkQueues queues;
    private final People people;

    DemoFloorShortStaffed(ResponsibleDepartments responsible, WorkQueues queues, People people) {
        this.responsible = responsible;
        this.queues = queues;
        this.people = people;
    }

    void load() {
        Long customerService = people.departments().stream()
                .filter(d -> "CS".equals(d.getCode()))
                .map(Department::getId)
                .findFirst()
                .orElse(null);
        if (customerService == null) {
            return;
        }
        for (QueueSummary queue : queues.all()) {
            if (FRONT_OFFICE_QUEUES.contains(queue.name())) {
                responsible.name(queue.id(), customerService);
            }
        }
    }
}
