package dev.kantor.floor.callin;

import java.time.Instant;
import java.util.List;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;

import org.springframework.stereotype.Component;

/**
 * Accepted call-in offers as the day's changes: the person's day extended on the queue, from the
 * start of the 15-minute interval the stretch starts in (the floor counts whole intervals).
 */
@Component
class CallInChanges implements DayChanges {

    private final CallIns callIns;

    CallInChanges(CallIns callIns) {
        this.callIns = callIns;
    }

    @Override
    public List<DayChange> on(long queueId, Instant from, Instant to) {
        return callIns.acceptedOn(queueId, from, to).stream()
                .<DayChange>map(o -> new DayChange.ExtraTime(
                        o.employeeId(),
                        Instant.ofEpochSecond(Math.floorDiv(o.startsAt().getEpochSecond(), 900L) * 900L),
                        o.endsAt(),
                        DayChange.ExtraTime.Kind.CALL_IN))
                .toList();
    }
}
