package dev.kantor.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.AbsenceReason;
import dev.kantor.floor.FloorAbsences;
import dev.kantor.floor.MarkAbsence;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The demo's absence: when the front desk's current week is first published, the first colleague of
 * the demo agent still due on the desk today is marked absent (sick) for the rest of the day; other
 * queues, other weeks, later publications and a day with an absence already are left alone.
 */
class DemoFloorAbsenceTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    // Wednesday 4 March 2026, 10:00 in Jakarta: this week's Monday is 2 March
    private static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final DemoScheduling shiftsAndContracts = mock(DemoScheduling.class);
    private final WorkQueues queues = mock(WorkQueues.class);
    private final PublishedShifts shifts = mock(PublishedShifts.class);
    private final FloorAbsences absences = mock(FloorAbsences.class);
    private final People people = mock(People.class);
    private final BusinessCalendars calendars = mock(BusinessCalendars.class);

    private DemoFloorAbsence demo() {
        when(shiftsAndContracts.loadedNow()).thenReturn(true);
        when(calendars.zone()).thenReturn(JAKARTA);
        when(queues.find(2L))
                .thenReturn(Optional.of(new QueueSummary(2, "Front desk", QueueChannel.FRONT_DESK, Map.of(), 420)));
        when(queues.find(1L))
                .thenReturn(Optional.of(new QueueSummary(1, "Phone line", QueueChannel.PHONE, Map.of(), 240)));
        Employee agent = mock(Employee.class);
        when(agent.getId()).thenReturn(7L);
        when(people.employeeByEmail(anyString())).thenReturn(Optional.of(agent));
        when(shifts.onQueue(anyLong(), any(), any()))
                .thenReturn(List.of(
                        shift(7, "2026-03-04T01:00:00Z", "2026-03-04T10:00:00Z"),
                        shift(8, "2026-03-04T00:00:00Z", "2026-03-04T02:30:00Z"),
                        shift(9, "2026-03-04T02:00:00Z", "2026-03-04T11:00:00Z"),
                        shift(10, "2026-03-04T04:00:00Z", "2026-03-04T13:00:00Z")));
        return new DemoFloorAbsence(
                shiftsAndContracts, queues, shifts, absences, people, calendars, Clock.fixed(NOW, JAKARTA), true);
    }

    private static PublishedShift shift(long employee, String from, String to) {
        return new PublishedShift(
                employee * 100,
                1,
                2,
                employee,
                LocalDate.of(2026, 3, 4),
                "Full day 8 h",
                Instant.parse(from),
                Instant.parse(to),
                List.of());
    }

    @Test
    void marksTheFirstColleagueStillDueOnTheFrontDeskAbsentFromNow() {
        DemoFloorAbsence demo = demo();

        demo.on(new SchedulePublished(1, 2, MONDAY, 1, List.of()));

        // not the demo agent (7), not the one whose shift is over (8): the one under way (9), from now
        verify(absences).mark(new MarkAbsence(9L, NOW, null, AbsenceReason.SICK, null));
    }

    @Test
    void leavesOtherQueuesWeeksAndPublicationsAndADayWithAnAbsenceAlone() {
        DemoFloorAbsence demo = demo();

        demo.on(new SchedulePublished(1, 1, MONDAY, 1, List.of()));
        demo.on(new SchedulePublished(1, 2, MONDAY.plusWeeks(1), 1, List.of()));
        demo.on(new SchedulePublished(1, 2, MONDAY, 2, List.of()));
        when(absences.anyOn(LocalDate.of(2026, 3, 4))).thenReturn(true);
        assertThat(demo.markIfDue(new SchedulePublished(1, 2, MONDAY, 1, List.of())))
                .isFalse();

        verify(absences, never()).mark(any());
    }
}
