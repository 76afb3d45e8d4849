package dev.kantor.floor.absence;

import java.time.Instant;
import java.util.List;

import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences as changes of the day: whoever is absent is off every queue, so each standing absence
 * counts on each queue (the count only looks at the people it has shifts for). A day has a handful.
 */
@Component
@Transactional(readOnly = true)
class AbsenceDayChanges implements DayChanges {

    private final StoredAbsences absences;

    AbsenceDayChanges(StoredAbsences absences) {
        this.absences = absences;
    }

    @Override
    public List<DayChange> on(long queueId, Instant from, Instant to) {
        return absences.standing(from, to).stream()
                .<DayChange>map(a -> new DayChange.Absent(a.employeeId(), a.from(), a.until()))
                .toList();
    }
}
