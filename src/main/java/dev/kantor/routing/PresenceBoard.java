package dev.kantor.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Everyone's presence: available, busy, on a break, away or off duty. People set their own in one
 * click ({@link PresenceSource#MANUAL}); published schedules set it through the same
 * {@link #set} ({@link PresenceSource#SCHEDULE}), so that both follow one rule. Only available
 * people are offered customers.
 */
public interface PresenceBoard {

    /**
     * Sets someone's presence. An expected return time only makes sense for a temporary absence
     * ({@link PresenceStatus#temporary()}) and must lie ahead, else it is refused naming
     * {@code expectedBack}; it is dropped when the person is available or off duty.
     */
    Presence set(long employeeId, PresenceStatus status, Instant expectedBack, PresenceSource source);

    /** Someone's presence; off duty when never set. */
    Presence of(long employeeId);

    /** Presence of each of these people; those never set are off duty. */
    Map<Long, Presence> of(Collection<Long> employeeIds);
}
