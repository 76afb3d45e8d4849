package dev.kantor.scheduling.schedules;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.Shift;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a schedule, for managers and admins: its shifts become what is in force (for presence,
 * "My schedule" and the calendar feeds), the publication is counted, and the people whose shifts or
 * breaks differ from the version before are named in {@link SchedulePublished}.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class SchedulePublishing {

    private final StoredSchedules schedules;
    private final BusinessCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchedulePublishing(
            StoredSchedules schedules, BusinessCalendars calendars, ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the schedule as it is.
     *
     * @throws KantorException conflict when it changed since {@code version} or is being solved
     */
    public SchedulePublished publish(long id, int version) {
        SavedSchedule schedule = schedules.get(id);
        if (schedule.solving()) {
            throw KantorException.conflict("scheduling.schedule.solving");
        }
        if (schedule.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        ZoneId zone = calendars.zone();
        Map<Long, List<String>> before = schedules.publishedLines(id, zone);
        Map<Long, List<String>> after = lines(schedule.shifts());
        int published = schedules.publish(schedule, zone, CurrentUser.username(), clock.instant());
        Set<Long> everyone = new HashSet<>(before.keySet());
        everyone.addAll(after.keySet());
        List<Long> affected = everyone.stream()
                .filter(person -> !before.getOrDefault(person, List.of()).equals(after.getOrDefault(person, List.of())))
                .sorted()
                .toList();
        SchedulePublished event = new SchedulePublished(id, schedule.queueId(), schedule.monday(), published, affected);
        events.publishEvent(event);
        return event;
    }

    /** Each person's shifts as lines of text, in the order and form {@link StoredSchedules#publishedLines} reads them. */
    private static Map<Long, List<String>> lines(List<PlannedShift> shifts) {
        List<PlannedShift> ordered = new ArrayList<>(shifts);
        ordered.sort(
                java.util.Comparator.comparing((PlannedShift p) -> p.shift().date())
                        .thenComparing(p -> p.shift().start()));
        Map<Long, List<String>> lines = new HashMap<>();
        for (PlannedShift planned : ordered) {
            Shift s = planned.shift();
            StringBuilder line = new StringBuilder(s.date() + " " + s.shiftType() + " " + s.start() + "-" + s.end());
            for (Break b : s.breaks()) {
                line.append(" ")
                        .append(b.id())
                        .append(" ")
                        .append(b.start())
                        .append("-")
                        .append(b.end());
            }
            lines.computeIfAbsent(planned.employeeId(), k -> new ArrayList<>()).add(line.toString());
        }
        return lines;
    }
}
