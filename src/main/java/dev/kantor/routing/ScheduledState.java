package dev.kantor.routing;

import java.time.Instant;

/**
 * Where a published schedule puts someone at a moment.
 *
 * @param since when this state began: the shift's start, the break's start or end, the end of the
 *              last shift, or the start of the schedule's week. A presence set by hand at or after it
 *              wins over the schedule.
 * @param until when it ends: the break's end, the shift's end, the next shift's start or the end of
 *              the schedule's week
 */
public record ScheduledState(Kind kind, Instant since, Instant until) {

    /** Working, on a scheduled break, or not scheduled to work. */
    public enum Kind {
        ON_SHIFT,
        ON_BREAK,
        OFF_SHIFT
    }

    /** The presence the schedule gives someone who has not set their own since this state began. */
    public Presence presenceOf(long employeeId) {
        return switch (kind) {
            case ON_SHIFT -> new Presence(employeeId, PresenceStatus.AVAILABLE, since, null, PresenceSource.SCHEDULE);
            case ON_BREAK -> new Presence(employeeId, PresenceStatus.ON_BREAK, since, until, PresenceSource.SCHEDULE);
            case OFF_SHIFT -> new Presence(employeeId, PresenceStatus.OFF_DUTY, since, null, PresenceSource.SCHEDULE);
        };
    }

    /** Whether the schedule decides over this presence: none set, set by a schedule, or set by hand before this state began. */
    public boolean overrides(Presence stored) {
        return stored == null
                || stored.source() == PresenceSource.SCHEDULE
                || stored.since() == null
                || stored.since().isBefore(since);
    }
}
