package dev.kantor.arrangements.remote;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.arrangements.ArrangementWithdrawn;
import dev.kantor.people.Whereabouts;
import dev.kantor.policies.ArrangementKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people's {@link Whereabouts} when a telework arrangement is approved (a new one, or one replacing the one in
 * force) or withdrawn, so that whoever keeps who works from home today ("who can help now" on every node) reads it
 * again. A declined request or a flextime band changes nobody's place. Delivered twice, it only makes them read
 * once more.
 */
@Component
class RemoteWorkChanges {

    private final Whereabouts whereabouts;

    RemoteWorkChanges(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
    }

    @ApplicationModuleListener
    void decided(ArrangementDecided event) {
        if (event.approved() && event.kind() == ArrangementKind.TELEWORK) {
            whereabouts.remoteWorkChanged(event.employeeId());
        }
    }

    @ApplicationModuleListener
    void withdrawn(ArrangementWithdrawn event) {
        if (event.kind() == ArrangementKind.TELEWORK) {
            whereabouts.remoteWorkChanged(event.employeeId());
        }
    }
}
