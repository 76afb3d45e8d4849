package dev.kantor.floor.breaks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.BreakCannotBeCovered;
import dev.kantor.people.People;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.ShiftTypes;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The live floor's breaks on their own, with the platform only: a break no start in its window can
 * cover publishes {@link BreakCannotBeCovered} for the managers' alerts, and a schedule published
 * makes the floor read the queue's requirement again (however often the event comes). The modules it
 * reads (scheduling, staffing, routing, people, calendar) stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class FloorBreaksModuleTest {

    static final long QUEUE = 880_001;
    static final long AGENT = 880_101;

    @MockitoBean
    StaffingRequirements requirements;

    @MockitoBean
    PublishedShifts shifts;

    @MockitoBean
    ShiftTypes shiftTypes;

    @MockitoBean
    PresenceBoard presence;

    @MockitoBean
    WorkQueues queues;

    @MockitoBean
    People people;

    @MockitoBean
    BusinessCalendars calendars;

    @MockitoBean
    dev.kantor.scheduling.Schedules schedulesMock;

    @MockitoBean
    dev.kantor.scheduling.DayRepairs dayRepairsMock;

    @MockitoBean
    dev.kantor.scheduling.Rosters rostersMock;

    @MockitoBean
    dev.kantor.scheduling.Contracts contractsMock;

    @Autowired
    Breaks breaks;

    @Autowired
    CountedDays days;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    LocalDate today;

    /** One agent alone on a queue that needs one agent all day: any break leaves it short. */
    @BeforeEach
    void oneAgentAlone() {
        oneAgentAloneFrom(Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1)));
    }

    void oneAgentAloneFrom(Instant start) {
        when(calendars.zone()).thenReturn(ZoneOffset.UTC);
        today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        Instant coffee = start.plus(Duration.ofHours(4));
        PublishedShift shift = new PublishedShift(
                880_201,
                880_301,
                QUEUE,
                AGENT,
                today,
                "Module early",
                start,
                start.plus(Duration.ofHours(8)),
                List.of(new PublishedBreak(0, "Coffee", coffee, coffee.plus(Duration.ofMinutes(15)))));
        when(shifts.ofEmployee(eq(AGENT), any(), any())).thenReturn(List.of(shift));
        when(shifts.onQueue(eq(QUEUE), any(), any())).thenReturn(List.of(shift));
        when(shiftTypes.breaksOf("Module early")).thenReturn(List.of(new BreakDetails("Coffee", 15, 0, 300)));
        // stubbed without calling the mock: this runs again, over the first stub, for the midnight test
        doAnswer(call -> {
                    LocalDate monday = call.getArgument(1);
                    List<DayRequirement> week = new ArrayList<>();
                    List<Integer> one = Collections.nCopies(96, 1);
                    for (int i = 0; i < 7; i++) {
                        week.add(new DayRequirement(
                                monday.plusDays(i), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, one, one));
                    }
                    return Optional.of(new WeekRequirement(call.getArgument(0), monday, week));
                })
                .when(requirements)
                .week(anyLong(), any());
    }

    @Test
    void aBreakNoStartCanCoverIsRaisedForTheManagers(Scenario scenario) {
        scenario.stimulate(() -> transaction.execute(status -> breaks.ask(AGENT, null)))
                .andWaitForEventOfType(BreakCannotBeCovered.class)
                .toArriveAndVerify(raised -> {
                    assertThat(raised.employeeId()).isEqualTo(AGENT);
                    assertThat(raised.queueId()).isEqualTo(QUEUE);
                    assertThat(raised.shortBy()).isEqualTo(1);
                    assertThat(raised.leastBadStart()).isBetween(raised.windowStart(), raised.windowEnd());
                });
    }

    /** A shift from 23:00 to 07:00: a break asked for at 00:20 is counted on the next business day. */
    @Test
    void aBreakAfterMidnightOnAShiftThatRunsPastItIsCountedOnTheNextDay() {
        oneAgentAloneFrom(Instant.parse("2026-03-02T23:00:00Z"));

        Breaks.Outcome outcome = ReplayableClock.at(
                Instant.parse("2026-03-03T00:20:00Z"), () -> transaction.execute(status -> breaks.ask(AGENT, null)));

        assertThat(outcome.answer().verdict()).isEqualTo(BreakAnswer.Verdict.NONE);
        // the least bad start touches one interval of the next day, not two
        assertThat(outcome.answer().start()).isEqualTo(Instant.parse("2026-03-03T00:30:00Z"));
        assertThat(outcome.answer().shortFrom()).isEqualTo(Instant.parse("2026-03-03T00:30:00Z"));
    }

    @Test
    void aSchedulePublishedMakesTheFloorReadTheRequirementAgainOnceEachTime() {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        days.on(QUEUE, today);
        days.on(QUEUE, today);
        verify(requirements, times(1)).week(QUEUE, monday);
        clearInvocations(requirements);

        SchedulePublished published = new SchedulePublished(880_301, QUEUE, monday, 2, List.of(AGENT));
        events.publishEvent(published);
        events.publishEvent(published);
        days.on(QUEUE, today);
        days.on(QUEUE, today);

        verify(requirements, times(1)).week(QUEUE, monday);
    }
}
