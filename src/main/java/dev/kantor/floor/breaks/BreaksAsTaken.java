package dev.kantor.floor.breaks;

import java.time.Instant;
import java.util.List;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChange.BreakMoved;
import dev.kantor.floor.coverage.DayChanges;

import org.springframework.stereotype.Component;

/**
 * The day's breaks where they are agreed or taken, for the coverage: a break agreed at 10:45 counts at
 * 10:45 from the moment it is agreed, so the next agent asking sees it there.
 */
@Component
class BreaksAsTaken implements DayChanges {

    private final StoredBreaks breaks;

    BreaksAsTaken(StoredBreaks breaks) {
        this.breaks = breaks;
    }

    @Override
    public List<DayChange> on(long queueId, Instant from, Instant to) {
        return breaks.onQueue(queueId, from, to).stream()
                .map(taken -> (DayChange) new BreakMoved(
                        taken.employeeId(), taken.shiftId(), taken.position(), taken.startsAt(), taken.endsAt()))
                .toList();
    }
}
