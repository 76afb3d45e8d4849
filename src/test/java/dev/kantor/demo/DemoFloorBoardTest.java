package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.Arrivals;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Today's demo board: once this week's demo schedule of the front desk is published, everyone on today's
 * shifts has arrived except one, with the earliest shift, who is late; the demo's signed-in agent never is.
 */
class DemoFloorBoardTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z"); // 10:00 in Jakarta, a Wednesday
    private static final long FRONT_DESK = 1;
    private static final long SIGNED_IN = 10;

    private final List<Long> arrived = new ArrayList<>();

    private DemoFloorBoard demo(boolean firstStart, List<PublishedShift> shifts) {
        DemoScheduling scheduling = mock(DemoScheduling.class);
        when(scheduling.loadedNow()).thenReturn(firstStart);
        PublishedShifts published = mock(PublishedShifts.class);
        when(published.onQueue(anyLong(), any(), any())).thenReturn(shifts);
        WorkQueues queues = mock(WorkQueues.class);
        when(queues.find(FRONT_DESK))
                .thenReturn(Optional.of(
                        new QueueSummary(FRONT_DESK, "Front desk", QueueChannel.FRONT_DESK, Map.of(), 300)));
        People people = mock(People.class);
        Employee agent = mock(Employee.class);
        when(agent.getId()).thenReturn(SIGNED_IN);
        when(people.employeeByEmail("agus.pratama@sinarmaju.example")).thenReturn(Optional.of(agent));
        Arrivals arrivals = new Arrivals() {
            @Override
            public void arrived(long employeeId, Instant at) {
                assertThat(at).isBeforeOrEqualTo(NOW);
                arrived.add(employeeId);
            }

            @Override
            public Map<Long, Instant> on(LocalDate day, java.util.Collection<Long> employeeIds) {
                return Map.of();
            }
        };
        BusinessCalendars calendars = mock(BusinessCalendars.class);
        when(calendars.zone()).thenReturn(JAKARTA);
        return new DemoFloorBoard(
                scheduling, published, queues, people, arrivals, calendars, Clock.fixed(NOW, JAKARTA));
    }

    private static PublishedShift shift(long employeeId, String from) {
        Instant start = LocalDate.of(2026, 3, 4)
                .atTime(java.time.LocalTime.parse(from))
                .atZone(JAKARTA)
                .toInstant();
        return new PublishedShift(
                employeeId * 100,
                5,
                FRONT_DESK,
                employeeId,
                LocalDate.of(2026, 3, 4),
                "Day",
                start,
                start.plusSeconds(8 * 3600),
                List.of());
    }

    private static SchedulePublished thisWeek() {
        LocalDate monday = LocalDate.of(2026, 3, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new SchedulePublished(5, FRONT_DESK, monday, 1, List.of());
    }

    @Test
    void everyoneOnTodaysShiftsArrivesButTheEarliestWhoIsLate() {
        DemoFloorBoard demo = demo(
                true, List.of(shift(SIGNED_IN, "07:30"), shift(20, "08:00"), shift(30, "09:00"), shift(40, "12:00")));

        demo.on(thisWeek());
        demo.on(thisWeek()); // delivered again: nothing more

        assertThat(arrived).containsExactlyInAnyOrder(SIGNED_IN, 30L, 40L);
    }

    @Test
    void aManagersLaterPublicationMarksNobody() {
        DemoFloorBoard demo = demo(false, List.of(shift(20, "08:00"), shift(30, "09:00")));

        demo.on(thisWeek());

        assertThat(arrived).isEmpty();
    }
}
