package dev.kantor.floor.absence;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.scheduling.DayRepairPreview;
import dev.kantor.scheduling.DayRepairs;
import dev.kantor.scheduling.RepairDay;
import dev.kantor.scheduling.SchedulePublished;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Repairing a queue's day around the absences standing on it: scheduling works the repair out on the
 * published week and publishes it; this names the time away. Front-office managers and admins only.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class FloorRepairs {

    private final Absences absences;
    private final DayRepairs repairs;

    FloorRepairs(Absences absences, DayRepairs repairs) {
        this.absences = absences;
        this.repairs = repairs;
    }

    public DayRepairPreview preview(long queueId, LocalDate date) {
        return repairs.preview(command(queueId, date));
    }

    /** Publishes the repair shown; conflict when the schedule or the repair changed since. */
    public SchedulePublished publish(long queueId, LocalDate date, int version, String fingerprint) {
        return repairs.publish(command(queueId, date), version, fingerprint);
    }

    private RepairDay command(long queueId, LocalDate date) {
        List<RepairDay.TimeAway> away = absences.on(date).stream()
                .map(a -> new RepairDay.TimeAway(a.employeeId(), a.from(), a.until()))
                .toList();
        return new RepairDay(queueId, date, away);
    }
}
