package dev.kantor.floor.absence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.scheduling.TimeAway;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells scheduling's presence who is marked absent, so that their next scheduled change does not make them available. */
@Component
@Transactional(readOnly = true)
class AbsenceForPresence implements TimeAway {

    private final StoredAbsences absences;

    AbsenceForPresence(StoredAbsences absences) {
        this.absences = absences;
    }

    @Override
    public Map<Long, Away> at(Collection<Long> employeeIds, Instant at) {
        Map<Long, Away> away = new HashMap<>();
        for (Absence absence : absences.standingAt(employeeIds, at)) {
            // of overlapping absences, the one that lasts longest
            away.merge(
                    absence.employeeId(),
                    new Away(absence.from(), absence.until()),
                    (a, b) -> a.until().isAfter(b.until()) ? a : b);
        }
        return away;
    }
}
