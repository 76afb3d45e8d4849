package dev.kantor.routing;

import java.time.Instant;

/**
 * One employee's presence; someone never set is off duty.
 *
 * @param since        when it was set
 * @param expectedBack when someone busy, on a break or away expects to be back, if they said
 */
public record Presence(
        long employeeId, PresenceStatus status, Instant since, Instant expectedBack, PresenceSource source) {

    /** The presence of someone whose presence was never set. */
    public static Presence offDuty(long employeeId) {
        return new Presence(employeeId, PresenceStatus.OFF_DUTY, null, null, PresenceSource.MANUAL);
    }
}
