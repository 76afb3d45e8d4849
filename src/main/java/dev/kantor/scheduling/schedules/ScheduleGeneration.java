package dev.kantor.scheduling.schedules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.scheduling.RequirementSource;
import dev.kantor.scheduling.check.ProblemValidator;
import dev.kantor.scheduling.jobs.SolvingJobs;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.rosters.RosterMember;
import dev.kantor.scheduling.rosters.StoredRosters;
import dev.kantor.scheduling.shifts.StoredContracts;
import dev.kantor.scheduling.shifts.StoredShiftTypes;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generating a queue's schedule for a week, optimising it again around what the manager pinned, and
 * stopping the solver: each submits the problem as a job ({@link SolvingJobs}) that any node solves in
 * the background; {@link SolvedAnswers} takes its answer in when it ends. Managers and admins.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ScheduleGeneration {

    private final StoredSchedules schedules;
    private final StoredRosters rosters;
    private final StoredContracts contracts;
    private final StoredShiftTypes shiftTypes;
    private final StaffingRequirements requirements;
    private final SolvingJobs jobs;
    private final BusinessCalendars calendars;
    private final ScheduleSettings settings;
    private final Clock clock;

    ScheduleGeneration(
            StoredSchedules schedules,
            StoredRosters rosters,
            StoredContracts contracts,
            StoredShiftTypes shiftTypes,
            StaffingRequirements requirements,
            SolvingJobs jobs,
            BusinessCalendars calendars,
            ScheduleSettings settings,
            Clock clock) {
        this.schedules = schedules;
        this.rosters = rosters;
        this.contracts = contracts;
        this.shiftTypes = shiftTypes;
        this.requirements = requirements;
        this.jobs = jobs;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Generates the queue's schedule for the week from {@code monday} with its roster as it is now,
     * replacing the shifts of the schedule it has for that week (what was published stays in force
     * until the new one is published).
     *
     * @param typed the requirement as CSV, for {@link RequirementSource#TYPED}
     * @throws InvalidInput    naming every fault: the week, the requirement, an empty roster, the
     *                         problem the solver would refuse
     * @throws KantorException conflict while the schedule is being solved
     */
    public SavedSchedule generate(
            long queueId, LocalDate monday, RequirementSource source, String typed, Integer timeLimitSeconds) {
        InputCheck check = new InputCheck()
                .required("monday", monday)
                .date("monday", monday)
                .required("source", source)
                .range(
                        "timeLimitSeconds",
                        timeLimitSeconds,
                        ScheduleSettings.SHORTEST_LIMIT,
                        ScheduleSettings.LONGEST_LIMIT);
        if (monday != null && !check.hasProblem("monday")) {
            check.that(monday.getDayOfWeek() == DayOfWeek.MONDAY, "monday", "staffing.validation.monday");
        }
        check.throwIfAny();
        rosters.queue(queueId);
        List<Day> days = days(queueId, monday, source, typed);
        List<RosterMember> roster = rosters.members(queueId);
        if (roster.isEmpty()) {
            throw InvalidInput.of("queueId", "scheduling.generate.empty-roster");
        }
        Problem problem = WeekProblem.of(days, roster, contracts.all(), shiftTypes.all(), limit(timeLimitSeconds));
        requireSolvable(problem);
        Optional<SavedSchedule> existing = schedules.idOf(queueId, monday).map(schedules::get);
        if (existing.isPresent() && existing.get().solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        UUID job = jobs.submit(problem).id();
        if (existing.isPresent()) {
            schedules.startSolving(
                    existing.get().id(), existing.get().version(), source, problem, job, clock.instant());
            return schedules.get(existing.get().id());
        }
        long id = schedules.insert(
                queueId, monday, source, problem, job, calendars.zone(), CurrentUser.username(), clock.instant());
        return schedules.get(id);
    }

    /**
     * Optimises a schedule again with the problem it answers, keeping every pinned shift as it is.
     *
     * @throws KantorException conflict when it changed since {@code version} or is being solved
     */
    public SavedSchedule reoptimise(long id, int version, Integer timeLimitSeconds) {
        new InputCheck()
                .range(
                        "timeLimitSeconds",
                        timeLimitSeconds,
                        ScheduleSettings.SHORTEST_LIMIT,
                        ScheduleSettings.LONGEST_LIMIT)
                .throwIfAny();
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        if (schedule.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        List<Shift> pinned = schedule.shifts().stream()
                .filter(PlannedShift::pinned)
                .map(PlannedShift::shift)
                .toList();
        Problem problem = schedule.problem()
                .withPinnedShifts(pinned)
                .withTimeLimitSeconds(
                        timeLimitSeconds != null
                                ? timeLimitSeconds
                                : schedule.problem().timeLimitSeconds());
        requireSolvable(problem);
        UUID job = jobs.submit(problem).id();
        schedules.startSolving(id, version, schedule.source(), problem, job, clock.instant());
        return schedules.get(id);
    }

    /** Stops the solver working on a schedule; the best schedule it found is taken in. */
    public SavedSchedule stop(long id) {
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving()) {
            jobs.stopAny(schedule.jobId());
        }
        return schedules.get(id);
    }

    private List<Day> days(long queueId, LocalDate monday, RequirementSource source, String typed) {
        if (source == RequirementSource.TYPED) {
            return RequirementDays.fromCsv(typed, monday, "requirement");
        }
        WeekRequirement week = requirements
                .week(queueId, monday)
                .orElseThrow(() -> InvalidInput.of("source", "scheduling.generate.no-forecast"));
        List<Day> days = RequirementDays.fromStaffing(week, source == RequirementSource.STAFFING_ON_FLOOR);
        if (days.isEmpty()) {
            throw InvalidInput.of("source", "scheduling.generate.closed-week");
        }
        return days;
    }

    private int limit(Integer seconds) {
        return seconds != null ? seconds : settings.defaultTimeLimitSeconds;
    }

    /** The solver's own validator: a fault names the problem's field, as the stateless API does. */
    private static void requireSolvable(Problem problem) {
        List<ProblemIssue> issues = ProblemValidator.validate(problem);
        if (!issues.isEmpty()) {
            throw new InvalidInput(issues.stream()
                    .map(i -> new FieldProblem(i.field().isEmpty() ? "problem" : i.field(), i.key()))
                    .toList());
        }
    }
}
