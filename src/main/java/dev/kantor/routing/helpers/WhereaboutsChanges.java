package dev.kantor.routing.helpers;

import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.WhereaboutsChanged;
import dev.kantor.platform.events.ImmediateModuleListener;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears when where someone works today may have changed, and has every node read who works remotely again
 * ({@link WorkingRemotely}). Someone who says they work remotely today (or a telework arrangement approved or
 * withdrawn, which people say the same way) is counted in the publishing thread, so that a colleague who asks "who
 * can help" right after on this node already sees it; any other change to an employee is counted when it comes.
 * Delivered twice, it only makes the nodes read once more, so it is idempotent.
 */
@Component
class WhereaboutsChanges {

    private final WorkingRemotely remote;

    WhereaboutsChanges(WorkingRemotely remote) {
        this.remote = remote;
    }

    @ImmediateModuleListener
    void whereaboutsChanged(WhereaboutsChanged event) {
        remote.changed();
    }

    @ApplicationModuleListener
    void employeeChanged(EmployeeChanged event) {
        remote.changed();
    }
}
