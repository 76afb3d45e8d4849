package dev.kantor.arrangements.remote;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.arrangements.ArrangementWithdrawn;
import dev.kantor.people.Whereabouts;
import dev.kantor.policies.ArrangementKind;

import org.springframework.beans.factory.ObjectProvider;
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

    private final ObjectProvider<Whereabouts> whereabouts;

    /** @param whereabouts people's; absent only in a test of this module alone, where nobody keeps anything */
    RemoteWorkChanges(ObjectProvider<Whereabouts> whereabouts) {
        this.whereabouts = whereabouts;
    }

    @ApplicationModuleListener
    void decided(ArrangementDecided event) {
        if (event.approved() && event.kind() == ArrangementKind.TELEWORK) {
            whereabouts.ifAvailable(w -> w.remoteWorkChanged(event.employeeId()));
        }
    }

    @ApplicationModuleListener
    void withdrawn(ArrangementWithdrawn event) {
        if (event.kind() == ArrangementKind.TELEWORK) {
            whereabouts.ifAvailable(w -> w.remoteWorkChanged(event.employeeId()));
        }
    }
}
