package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.kantor.scheduling.ScheduleSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading saved schedules, for managers and admins. A schedule whose solve has just ended is brought
 * up to date as it is read, rather than a few seconds later.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class SavedSchedules {

    private final StoredSchedules schedules;
    private final SolvedAnswers answers;

    SavedSchedules(StoredSchedules schedules, SolvedAnswers answers) {
        this.schedules = schedules;
        this.answers = answers;
    }

    /** The schedule with its shifts, or a not-found failure (404 in the API). */
    public SavedSchedule get(long id) {
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving() && !answers.takeIn(id, schedule.jobId())) {
            return schedules.get(id);
        }
        return schedule;
    }

    public Optional<SavedSchedule> find(long queueId, LocalDate monday) {
        return schedules.idOf(queueId, monday).map(this::get);
    }

    /** Every schedule in short, the latest weeks first. */
    public List<ScheduleSummary> list() {
        return schedules.list();
    }
}
