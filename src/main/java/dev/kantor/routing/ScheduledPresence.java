package dev.kantor.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the published schedules put people at a moment, which routing asks of the module that
 * publishes schedules (scheduling implements it). Presence follows it: off shift and on a scheduled
 * break count as not available, on shift as available, unless the person set their presence by hand
 * since the scheduled state began.
 */
public interface ScheduledPresence {

    /**
     * The scheduled state of each of these people at {@code now}, in one read however many are asked
     * about; people on no published schedule at that moment are left out, so that their presence is
     * theirs alone (back-office people, say).
     */
    Map<Long, ScheduledState> at(Collection<Long> employeeIds, Instant now);

    /** One person's scheduled state at {@code now}; empty when they are on no published schedule. */
    default Optional<ScheduledState> at(long employeeId, Instant now) {
        return Optional.ofNullable(at(List.of(employeeId), now).get(employeeId));
    }
}
