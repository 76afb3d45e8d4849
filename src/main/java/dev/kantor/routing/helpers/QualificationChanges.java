package dev.kantor.routing.helpers;

import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.SkillsChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears when what someone can serve customers with changed (their skills or languages, whether
 * they work here) or anything else about them (their name, position, department): who qualifies
 * for which topic is read again on every node. Delivered twice, it only makes the nodes read once
 * more, so it is idempotent.
 */
@Component
class QualificationChanges {

    private final QualifiedPeople qualified;

    QualificationChanges(QualifiedPeople qualified) {
        this.qualified = qualified;
    }

    @ApplicationModuleListener
    void skillsChanged(SkillsChanged event) {
        qualified.changed();
    }

    @ApplicationModuleListener
    void employeeChanged(EmployeeChanged event) {
        qualified.changed();
    }
}
