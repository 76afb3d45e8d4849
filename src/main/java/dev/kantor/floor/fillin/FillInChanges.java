package dev.kantor.floor.fillin;

import java.time.Instant;
import java.util.List;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;

import org.springframework.stereotype.Component;

/** Fill-ins as the day's changes: extra time on the queue, counted by the floor at once. */
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
                        f.employeeId(), f.startsAt(), f.until(), DayChange.ExtraTime.Kind.FILL_IN))
                .toList();
    }
}
