package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.Arrivals;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.staffing.WorkQueues;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Today on the demo company's live board: once the demo schedules of this week are published (in the
 * background, at first start), everyone on today's front desk and phone line shifts has arrived, except
 * one front-desk agent with the earliest shift, who is late. Acts only on the demo's own first
 * publications, never on a manager's.
 */
@Component
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoFloorBoard {

    /** The front-desk agent who is late today, unless today's shifts have someone earlier. */
    static final String QUEUE_WITH_LATE_AGENT = "Front desk";

    /** The queues the demo schedules: a manager's schedule of another queue is left alone. */
    private static final Set<String> DEMO_QUEUES = Set.of("Front desk", "Phone line");

    /** The demo's own sign-in for agents: they arrive when they sign in, so they are not the one late. */
    private static final String SIGNED_IN_AGENT = "agus.pratama@sinarmaju.example";

    private static final Duration EARLY = Duration.ofMinutes(10);

    private final DemoScheduling firstStart;
    private final PublishedShifts published;
    private final WorkQueues queues;
    private final People people;
    private final Arrivals arrivals;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final Set<Long> done = ConcurrentHashMap.newKeySet();

    DemoFloorBoard(
            DemoScheduling firstStart,
            PublishedShifts published,
            WorkQueues queues,
            People people,
            Arrivals arrivals,
            BusinessCalendars calendars,
            Clock clock) {
        this.firstStart = firstStart;
        this.published = published;
        this.queues = queues;
        this.people = people;
        this.arrivals = arrivals;
        this.calendars = calendars;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SchedulePublished event) {
        ZoneId zone = calendars.zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean demoQueue = queues.find(event.queueId())
                .filter(q -> DEMO_QUEUES.contains(q.name()))
                .isPresent();
        if (!firstStart.loadedNow()
                || !demoQueue
                || !event.monday().equals(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || !done.add(event.queueId())) {
            return;
        }
        List<PublishedShift> shifts = published.onQueue(
                event.queueId(),
                today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        Long late = lateOne(event.queueId(), shifts);
        for (PublishedShift shift : shifts) {
            if (late == null || shift.employeeId() != late) {
                Instant early = shift.startsAt().minus(EARLY);
                arrivals.arrived(shift.employeeId(), early.isBefore(now) ? early : now);
            }
        }
    }

    /** On the front desk, the person with the earliest shift today, the demo's signed-in agent aside. */
    private Long lateOne(long queueId, List<PublishedShift> shifts) {
        boolean frontDesk = queues.find(queueId)
                .filter(q -> q.name().equals(QUEUE_WITH_LATE_AGENT))
                .isPresent();
        if (!frontDesk) {
            return null;
        }
        Long signedIn =
                people.employeeByEmail(SIGNED_IN_AGENT).map(Employee::getId).orElse(null);
        return shifts.stream()
                .filter(s -> !Long.valueOf(s.employeeId()).equals(signedIn))
                .min(Comparator.comparing(PublishedShift::startsAt))
                .map(PublishedShift::employeeId)
                .orElse(null);
    }
}
