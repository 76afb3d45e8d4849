package dev.kantor.routing;

import java.time.Instant;

/** One employee's presence; someone never set is off duty. */
public record Presence(long employeeId, PresenceStatus status, Instant since, Instant expectedBack,
        PresenceSource source) {

    static Presence offDuty(long employeeId) {
        return new Presence(employeeId, PresenceStatus.OFF_DUTY, null, null, PresenceSource.MANUAL);
    }
}
