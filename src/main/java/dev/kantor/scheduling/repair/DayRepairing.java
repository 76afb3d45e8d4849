package dev.kantor.scheduling.repair;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.DayRepairPreview;
import dev.kantor.scheduling.RepairDay;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.schedules.PlannedShift;
import dev.kantor.scheduling.schedules.SavedSchedule;
import dev.kantor.scheduling.schedules.SavedSchedules;
import dev.kantor.scheduling.schedules.ScheduleEditing;
import dev.kantor.scheduling.schedules.SchedulePublishing;
import dev.kantor.scheduling.schedules.ScheduleState;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a day's repair on the week's schedule as it was last published ({@link BreakRepair}), and
 * publishes it: the changed shifts replace the old ones in one edit, then the week is published again,
 * all in one transaction, against the version and the repair the manager saw.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class DayRepairing {

    /** A day's repair settles in milliseconds; this only bounds a strange shift type. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    private final SavedSchedules saved;
    private final ScheduleEditing editing;
    private final SchedulePublishing publishing;
    private final BusinessCalendars calendars;
    private final Clock clock;

    DayRepairing(
            SavedSchedules saved,
            ScheduleEditing editing,
            SchedulePublishing publishing,
            BusinessCalendars calendars,
            Clock clock) {
        this.saved = saved;
        this.editing = editing;
        this.publishing = publishing;
        this.calendars = calendars;
        this.clock = clock;
    }

    public DayRepairPreview preview(RepairDay command) {
        Worked worked = work(command);
        return worked.preview(calendars.zone());
    }

    public SchedulePublished publish(RepairDay command, int version, String fingerprint) {
        Worked worked = work(command);
        if (worked.schedule.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        if (!worked.result.fingerprint().equals(fingerprint)) {
            throw KantorException.conflict("scheduling.repair.changed");
        }
        List<Long> removed = new ArrayList<>();
        List<PlannedShift> added = new ArrayList<>();
        for (int s = 0; s < worked.planned.size(); s++) {
            BreakRepair.Repaired repaired = worked.result.shifts().get(s);
            if (repaired.changed()) {
                PlannedShift planned = worked.planned.get(s);
                removed.add(planned.id());
                if (!repaired.removed()) {
                    added.add(new PlannedShift(0, repaired.after(), planned.pinned()));
                }
            }
        }
        if (removed.isEmpty()) {
            throw KantorException.conflict("scheduling.repair.nothing");
        }
        SavedSchedule edited = editing.replace(worked.schedule.id(), version, removed, added);
        return publishing.publish(edited.id(), edited.version());
    }

    private Worked work(RepairDay command) {
        ZoneId zone = calendars.zone();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDate date = command.date();
        new InputCheck().required("date", date).date("date", date).throwIfAny();
        if (date.isBefore(now.toLocalDate())) {
            throw InvalidInput.of("date", "scheduling.repair.past-day");
        }
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SavedSchedule schedule = saved.find(command.queueId(), monday)
                .orElseThrow(() -> KantorException.notFound("scheduling.repair.no-schedule"));
        if (schedule.solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        if (schedule.publishedVersion() == 0 || schedule.status() != ScheduleState.PUBLISHED) {
            throw KantorException.conflict("scheduling.repair.unpublished-changes");
        }
        List<PlannedShift> planned = schedule.shifts().stream()
                .filter(p -> p.shift().date().equals(date))
                .sorted(java.util.Comparator.comparing(
                                (PlannedShift p) -> p.shift().start())
                        .thenComparing(p -> p.shift().agent()))
                .toList();
        List<BreakRepair.TimeOff> timeOff = new ArrayList<>();
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (RepairDay.TimeAway away : command.away()) {
            if (away.from() == null || away.until() == null || !away.until().isAfter(away.from())) {
                throw InvalidInput.of("away", "scheduling.repair.bad-time-away");
            }
            if (!away.from().isBefore(dayEnd) || !away.until().isAfter(dayStart)) {
                continue;
            }
            LocalTime from =
                    away.from().isAfter(dayStart) ? LocalTime.ofInstant(away.from(), zone) : LocalTime.MIDNIGHT;
            LocalTime until =
                    away.until().isBefore(dayEnd) ? LocalTime.ofInstant(away.until(), zone) : LocalTime.MIDNIGHT;
            timeOff.add(new BreakRepair.TimeOff(String.valueOf(away.employeeId()), from, until));
        }
        LocalTime from = date.equals(now.toLocalDate()) ? now.toLocalTime() : LocalTime.MIDNIGHT;
        BreakRepair.Result result = BreakRepair.repair(new BreakRepair.Request(
                schedule.problem(),
                date,
                from,
                planned.stream()
                        .map(p -> new BreakRepair.DayShift(p.shift(), p.pinned()))
                        .toList(),
                timeOff,
                TIME_LIMIT));
        return new Worked(schedule, date, planned, result);
    }

    /** A repair worked out on a schedule: its day's shifts, in the order the repair gives them back. */
    private record Worked(
            SavedSchedule schedule, LocalDate date, List<PlannedShift> planned, BreakRepair.Result result) {

        DayRepairPreview preview(ZoneId zone) {
            List<DayRepairPreview.MovedBreak> moves = new ArrayList<>();
            List<DayRepairPreview.ShortenedShift> shortened = new ArrayList<>();
            for (BreakRepair.Repaired repaired : result.shifts()) {
                Shift before = repaired.before();
                if (!repaired.changed()) {
                    continue;
                }
                Shift after = repaired.after();
                if (after == null
                        || !after.start().equals(before.start())
                        || !after.end().equals(before.end())) {
                    shortened.add(new DayRepairPreview.ShortenedShift(
                            Long.parseLong(before.agent()),
                            at(before.date(), before.start(), zone),
                            at(before.date(), before.end(), zone),
                            after == null ? null : at(before.date(), after.start(), zone),
                            after == null ? null : at(before.date(), after.end(), zone)));
                }
            }
            for (BreakRepair.MovedBreak move : result.moves()) {
                moves.add(new DayRepairPreview.MovedBreak(
                        Long.parseLong(move.agent()),
                        move.breakId(),
                        at(date, move.fromStart(), zone),
                        at(date, move.toStart(), zone),
                        move.minutes()));
            }
            List<DayRepairPreview.IntervalCount> intervals = result.intervals().stream()
                    .map(i -> new DayRepairPreview.IntervalCount(
                            at(date, i.start(), zone), i.required(), i.before(), i.after()))
                    .toList();
            return new DayRepairPreview(
                    schedule.id(),
                    schedule.version(),
                    result.fingerprint(),
                    schedule.queueId(),
                    date,
                    moves,
                    shortened,
                    intervals);
        }

        private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
            return date.atTime(time).atZone(zone).toInstant();
        }
    }
}
