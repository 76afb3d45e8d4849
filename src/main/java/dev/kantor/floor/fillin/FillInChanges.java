package dev.kantor.floor.fillin;

import java.time.Instant;
import java.util.List;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;

import org.springframework.stereotype.Component;

/**
 * Fill-ins as the day's changes: extra time on the queue, counted by the floor at once. The floor
 * counts whole 15-minute intervals, so a fill-in starting within one counts from that interval's
 * start (the manager is there for the rest of it, which is what the short interval needed); the
 * fill-in itself keeps the moment it started.
 */
@Component
class FillInChanges implements DayChanges {

    private final FillIns fillIns;

    FillInChanges(FillIns fillIns) {
        this.fillIns = fillIns;
    }

    @Override
    public List<DayChange> on(long queueId, Instant from, Instant to) {
        return fillIns.on(queueId, from, to).stream()
                .<DayChange>map(f -> new DayChange.ExtraTime(
                        f.employeeId(), quarterOf(f.startsAt()), f.until(), DayChange.ExtraTime.Kind.FILL_IN))
                .toList();
    }

    /** The start of the 15-minute interval {@code at} lies in. */
    static Instant quarterOf(Instant at) {
        long quarter = 15 * 60;
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), quarter) * quarter);
    }
}
