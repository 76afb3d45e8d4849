package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.AbsenceReason;
import dev.kantor.floor.FloorAbsences;
import dev.kantor.floor.MarkAbsence;
import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.staffing.WorkQueues;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Today's absence on the demo front desk: once the demo schedules ({@link DemoSchedules}) publish the
 * front desk's current week, the first colleague of the demo agent still due on the desk today is
 * marked absent (sick) for the rest of the day, so that the floor shows an absence and a day to repair
 * on first start. Once only: a day that has an absence already is left alone.
 */
@Component
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoFloorAbsence {

    private static final Logger log = LoggerFactory.getLogger(DemoFloorAbsence.class);

    static final String QUEUE = "Front desk";

    /** The demo agent's own day stays as planned: they see their schedule as published. */
    static final String DEMO_AGENT = "agus.pratama@sinarmaju.example";

    private final DemoScheduling shiftsAndContracts;
    private final WorkQueues queues;
    private final PublishedShifts shifts;
    private final FloorAbsences absences;
    private final People people;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final boolean enabled;

    DemoFloorAbsence(
            DemoScheduling shiftsAndContracts,
            WorkQueues queues,
            PublishedShifts shifts,
            FloorAbsences absences,
            People people,
            BusinessCalendars calendars,
            Clock clock,
            @Value("${kantor.demo.schedules:true}") boolean enabled) {
        this.shiftsAndContracts = shiftsAndContracts;
        this.queues = queues;
        this.shifts = shifts;
        this.absences = absences;
        this.people = people;
        this.calendars = calendars;
        this.clock = clock;
        this.enabled = enabled;
    }

    @ApplicationModuleListener
    void on(SchedulePublished published) {
        if (!enabled || !shiftsAndContracts.loadedNow() || published.version() != 1) {
            return;
        }
        try {
            SystemUser.run(() -> markIfDue(published));
        } catch (RuntimeException e) {
            // the demo starts without its absence rather than retrying it forever
            log.warn("The demo absence was not marked", e);
        }
    }

    /** Marks the absence when the week published is the front desk's current one; answers whether it did. */
    boolean markIfDue(SchedulePublished published) {
        ZoneId zone = calendars.zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean frontDesk = queues.find(published.queueId())
                .map(q -> q.name().equals(QUEUE))
                .orElse(false);
        if (!frontDesk
                || !published.monday().equals(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || absences.anyOn(today)) {
            return false;
        }
        long demoAgent = people.employeeByEmail(DEMO_AGENT).map(e -> e.getId()).orElse(-1L);
        Optional<PublishedShift> due = shifts
                .onQueue(
                        published.queueId(),
                        today.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .filter(shift ->
                        shift.employeeId() != demoAgent && shift.endsAt().isAfter(now))
                .min(Comparator.comparing(PublishedShift::startsAt).thenComparing(PublishedShift::employeeId));
        if (due.isEmpty()) {
            return false;
        }
        PublishedShift shift = due.get();
        Instant from = shift.startsAt().isAfter(now) ? shift.startsAt() : now;
        absences.mark(new MarkAbsence(shift.employeeId(), from, null, AbsenceReason.SICK, null));
        log.info("Marked employee {} absent on the demo front desk today", shift.employeeId());
        return true;
    }
}
