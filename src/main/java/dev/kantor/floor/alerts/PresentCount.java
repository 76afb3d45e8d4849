package dev.kantor.floor.alerts;

import java.time.Instant;
import java.util.Map;

import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceStatus;

/**
 * Who is actually on a queue now: expected on it by the day as it goes, and in (available or busy)
 * by their presence. The board counts the same way; this small count keeps the detector free of it.
 */
final class PresentCount {

    private PresentCount() {}

    static int at(QueueDay day, Map<Long, Presence> presence, Instant now) {
        int present = 0;
        for (PersonDay person : day.people()) {
            if (person.expectedAt(now) && isIn(presence.get(person.employeeId()))) {
                present++;
            }
        }
        return present;
    }

    static boolean isIn(Presence presence) {
        return presence != null
                && (presence.status() == PresenceStatus.AVAILABLE || presence.status() == PresenceStatus.BUSY);
    }
}
