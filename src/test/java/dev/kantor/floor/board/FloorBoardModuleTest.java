package dev.kantor.floor.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.Schedules;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

/**
 * The live floor on its own, with the platform only: a schedule published (again) reaches the board,
 * which reads that queue's shifts again at once (BoardDaysTest delivers it twice). The modules it
 * reads stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class FloorBoardModuleTest {

    private static final long QUEUE = 4;
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    @Autowired
    BoardDays days;

    @MockitoBean
    StaffingRequirements requirements;

    @MockitoBean
    PublishedShifts published;

    @MockitoBean
    Schedules schedules;

    @MockitoBean
    BusinessCalendars calendars;

    @MockitoBean
    WorkQueues queues;

    @MockitoBean
    PresenceBoard presence;

    @MockitoBean
    People people;

    @MockitoBean
    dev.kantor.scheduling.ShiftTypes shiftTypesMock;

    @MockitoBean
    dev.kantor.scheduling.DayRepairs dayRepairsMock;

    @MockitoBean
    dev.kantor.scheduling.Rosters rostersMock;

    @MockitoBean
    dev.kantor.scheduling.Contracts contractsMock;

    @BeforeEach
    void aQueueWithNothingPublished() {
        when(calendars.zone()).thenReturn(ZoneId.of("Asia/Jakarta"));
        when(published.onQueue(anyLong(), any(), any())).thenReturn(List.of());
        when(schedules.find(anyLong(), any(LocalDate.class))).thenReturn(Optional.empty());
    }

    private long reads() {
        return Mockito.mockingDetails(published).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("onQueue"))
                .count();
    }

    @Test
    void aPublishedScheduleMakesTheBoardReadTheQueuesShiftsAgain(Scenario scenario) {
        days.shiftsOn(QUEUE, WEDNESDAY);
        days.shiftsOn(QUEUE, WEDNESDAY);
        long before = reads();

        SchedulePublished published = new SchedulePublished(9, QUEUE, WEDNESDAY.minusDays(2), 2, List.of());
        scenario.publish(published).andWaitForStateChange(() -> {
            days.shiftsOn(QUEUE, WEDNESDAY);
            return reads() > before;
        });
    }
}
