package dev.kantor.floor.callin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.SkillLevel;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.Contracts;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.RosterEntry;
import dev.kantor.scheduling.Rosters;
import dev.kantor.staffing.WorkQueues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who could be called in to a queue for a stretch: on its roster, active, not working during the
 * stretch (on any queue), able to work that day (not an unavailable date) and not marked absent;
 * ranked by {@link CallInRanking}.
 */
@Service
@Transactional(readOnly = true)
public class CallInCandidates {

    /** The business's languages: speaking both helps at a counter. */
    private static final Set<String> LANGUAGES = Set.of("id", "en");

    private final Rosters rosters;
    private final Contracts contracts;
    private final PublishedShifts shifts;
    private final People people;
    private final QueueDays days;
    private final WorkQueues queues;
    private final BusinessZone zone;

    CallInCandidates(
            Rosters rosters,
            Contracts contracts,
            PublishedShifts shifts,
            People people,
            QueueDays days,
            WorkQueues queues,
            BusinessZone zone) {
        this.rosters = rosters;
        this.contracts = contracts;
        this.shifts = shifts;
        this.people = people;
        this.days = days;
        this.queues = queues;
        this.zone = zone;
    }

    /**
     * @throws dev.kantor.platform.InvalidInput naming {@code queueId}, {@code from} or {@code until}
     */
    public List<CallInCandidate> forStretch(Long queueId, Instant from, Instant until) {
        new InputCheck()
                .required("queueId", queueId)
                .required("from", from)
                .required("until", until)
                .moment("from", from)
                .moment("until", until)
                .throwIfAny();
        new InputCheck()
                .that(queues.find(queueId).isPresent(), "queueId", "floor.callin.no-queue")
                .that(until.isAfter(from), "until", "floor.callin.until-after-from")
                .that(!until.isAfter(from.plus(Duration.ofHours(12))), "until", "floor.callin.too-long", 12)
                .throwIfAny();
        ZoneId businessZone = zone.zone();
        LocalDate date = LocalDate.ofInstant(from, businessZone);
        QueueDay day = days.on(queueId, date);
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekStart = monday.atStartOfDay(businessZone).toInstant();
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(businessZone).toInstant();
        Map<Long, Integer> required = rosters.requiredSkills(queueId);
        List<RosterEntry> roster = rosters.of(queueId).stream()
                .filter(entry -> !entry.unavailableDates().contains(date))
                .filter(entry -> day.person(entry.employeeId())
                        .map(person -> !person.absentAt(from) && !person.expectedAt(from))
                        .orElse(true))
                .toList();
        Map<Long, Employee> employees = new HashMap<>();
        people.employees(roster.stream().map(RosterEntry::employeeId).toList())
                .forEach(e -> employees.put(e.getId(), e));
        Map<Long, Integer> maxima = new HashMap<>();
        List<CallInCandidate> candidates = new ArrayList<>();
        for (RosterEntry entry : roster) {
            Employee employee = employees.get(entry.employeeId());
            if (employee == null || !employee.isActive()) {
                continue;
            }
            List<PublishedShift> week = shifts.ofEmployee(entry.employeeId(), weekStart, weekEnd);
            boolean working = week.stream()
                    .anyMatch(s -> s.startsAt().isBefore(until) && s.endsAt().isAfter(from));
            if (working) {
                continue;
            }
            long minutes = week.stream()
                    .mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                    .sum();
            Map<Long, Integer> levels = new HashMap<>();
            for (SkillLevel skill : employee.getSkills()) {
                levels.put(skill.skillId(), skill.level());
            }
            boolean holds =
                    required.entrySet().stream().allMatch(r -> levels.getOrDefault(r.getKey(), 0) >= r.getValue());
            int score = required.keySet().stream()
                    .mapToInt(skill -> levels.getOrDefault(skill, 0))
                    .sum();
            int languages = (int)
                    employee.getLanguages().stream().filter(LANGUAGES::contains).count();
            Integer max = maxima.computeIfAbsent(
                    entry.contractId(),
                    id -> contracts.maxPaidMinutesPerWeek(id).orElse(null));
            candidates.add(new CallInCandidate(
                    employee.getId(), employee.getFullName(), holds, score, languages, minutes, max));
        }
        return CallInRanking.rank(candidates, Duration.between(from, until).toMinutes());
    }
}
