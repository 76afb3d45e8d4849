package dev.kantor.floor.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A short stretch of a queue's day, as the detector finds it.
 *
 * @param startsAt  the start of its first short interval (the current one, or the next)
 * @param endsAt    the end of its last consecutive short interval
 * @param shortBy   the most agents missing in any of its intervals
 * @param required  agents required in its first interval
 * @param counted   agents present (the current interval) or expected (the next) in its first interval
 * @param causes    who is planned on the queue now and is not there, and why
 */
public record Shortfall(
        long queueId, Instant startsAt, Instant endsAt, int shortBy, int required, int counted, List<Cause> causes) {

    public Shortfall {
        causes = List.copyOf(causes);
    }

    /** Why someone planned on the queue now is not on it. */
    public enum Reason {
        ABSENT,
        ON_BREAK,
        LATE
    }

    public record Cause(long employeeId, Reason reason) {}
}
