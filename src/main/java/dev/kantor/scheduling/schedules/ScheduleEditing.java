package dev.kantor.scheduling.schedules;

import java.time.Clock;
import java.util.List;

import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.check.Violation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand edits of a saved schedule, for managers and admins: each is checked at once on the whole week
 * ({@link HandEdits}) and stored only when it breaks no rule, against the version the manager saw.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ScheduleEditing {

    private final StoredSchedules schedules;
    private final People people;
    private final Clock clock;

    ScheduleEditing(StoredSchedules schedules, People people, Clock clock) {
        this.schedules = schedules;
        this.people = people;
        this.clock = clock;
    }

    /** An accepted edit: the schedule as it is now, and what the edit did to its coverage. */
    public record Edited(SavedSchedule schedule, EditEffect effect) {}

    /**
     * @throws EditRefused                    when the edit breaks a rule, naming it
     * @throws dev.kantor.platform.InvalidInput when the edit names what is not there
     * @throws KantorException                conflict when the schedule changed since {@code version} or
     *                                        is being solved
     */
    public Edited edit(long id, int version, HandEdit edit) {
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        if (schedule.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        HandEdits.Outcome outcome;
        try {
            outcome = HandEdits.apply(schedule.problem(), schedule.shifts(), edit);
        } catch (HandEdits.Refused refused) {
            throw refusal(refused.violation);
        }
        schedules.edit(
                id,
                version,
                outcome.removed(),
                outcome.added(),
                outcome.after().paidMinutes(),
                outcome.after().shortfalls(),
                clock.instant());
        return new Edited(schedules.get(id), outcome.effect());
    }

    /**
     * Takes shifts out and puts others in at once, as the live floor's repair of a day does, against the
     * version it was worked out on. No rule is checked: the repair keeps the shift types' rules itself,
     * and a shift cut short by someone's absence is meant to be short.
     *
     * @throws KantorException conflict when the schedule changed since {@code version} or is being solved
     */
    public SavedSchedule replace(long id, int version, List<Long> removed, List<PlannedShift> added) {
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        if (schedule.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        List<PlannedShift> after = new java.util.ArrayList<>();
        for (PlannedShift planned : schedule.shifts()) {
            if (!removed.contains(planned.id())) {
                after.add(planned);
            }
        }
        after.addAll(added);
        CheckReport checked =
                ScheduleChecker.checkShifts(schedule.problem().withPinnedShifts(List.of()), HandEdits.shiftsOf(after));
        schedules.edit(id, version, removed, added, checked.paidMinutes(), checked.shortfalls(), clock.instant());
        return schedules.get(id);
    }

    private EditRefused refusal(Violation violation) {
        Long employee = null;
        String name = null;
        if (violation.agent() != null) {
            try {
                employee = Long.parseLong(violation.agent());
                name = people.nameOf(employee).orElse(violation.agent());
            } catch (NumberFormatException e) {
                name = violation.agent();
            }
        }
        return new EditRefused(violation.kind(), employee, name, violation.date());
    }
}
