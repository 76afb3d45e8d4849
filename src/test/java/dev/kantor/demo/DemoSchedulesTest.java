package dev.kantor.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Skill;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.ContractSummary;
import dev.kantor.scheduling.Contracts;
import dev.kantor.scheduling.GenerateSchedule;
import dev.kantor.scheduling.RosterAssignment;
import dev.kantor.scheduling.Rosters;
import dev.kantor.scheduling.ScheduleSummary;
import dev.kantor.scheduling.Schedules;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The demo's rosters and schedules: on the first start the front desk and the phone line get their
 * rosters, and their current and next weeks are generated and published in the background; on a later
 * start nothing is redone.
 */
class DemoSchedulesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    // a Wednesday: this week's Monday is 2 March 2026
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T03:00:00Z"), JAKARTA);

    private final DemoScheduling shiftsAndContracts = mock(DemoScheduling.class);
    private final People people = mock(People.class);
    private final WorkQueues queues = mock(WorkQueues.class);
    private final Contracts contracts = mock(Contracts.class);
    private final Rosters rosters = mock(Rosters.class);
    private final Schedules schedules = mock(Schedules.class);
    private final StaffingRequirements requirements = mock(StaffingRequirements.class);
    private final BusinessCalendars calendars = mock(BusinessCalendars.class);
    private final TransactionTemplate transaction = mock(TransactionTemplate.class);

    private DemoSchedules demo(boolean enabled) {
        return new DemoSchedules(
                shiftsAndContracts,
                people,
                queues,
                contracts,
                rosters,
                schedules,
                requirements,
                calendars,
                transaction,
                CLOCK,
                enabled);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstStartGivesTheFrontDeskAndPhoneLineRostersAndPublishedWeeks() {
        // given the demo company just loaded
        when(shiftsAndContracts.loadedNow()).thenReturn(true);
        when(calendars.zone()).thenReturn(JAKARTA);
        when(transaction.execute(any()))
                .thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction(null));
        when(contracts.all())
                .thenReturn(List.of(
                        new ContractSummary(1, "Full-time 40 h", List.of(10L)),
                        new ContractSummary(2, "Part-time", List.of(11L, 12L))));
        when(people.skillsByCode())
                .thenReturn(Map.of("customer-service", new Skill(5L, "customer-service", "Customer service", "")));
        Employee someone = mock(Employee.class);
        when(someone.getId()).thenReturn(100L);
        when(people.employeeByEmail(anyString())).thenReturn(Optional.of(someone));
        // and Fitri on 24 hours a week
        Employee partTimer = mock(Employee.class);
        when(partTimer.getId()).thenReturn(101L);
        when(partTimer.getWeeklyContractHours()).thenReturn(BigDecimal.valueOf(24));
        when(people.employeeByEmail("fitri.handayani@sinarmaju.example")).thenReturn(Optional.of(partTimer));
        when(contracts.define(any()))
                .thenReturn(new ContractSummary(7, "Part-time 24 h a week", List.of(10L, 11L, 12L)));
        when(queues.all())
                .thenReturn(List.of(
                        new QueueSummary(1, "Phone line", QueueChannel.PHONE, Map.of(), 240),
                        new QueueSummary(2, "Front desk", QueueChannel.FRONT_DESK, Map.of(), 420),
                        new QueueSummary(3, "Web chat", QueueChannel.CHAT, Map.of(), 300)));
        when(schedules.find(anyLong(), any(LocalDate.class))).thenReturn(Optional.empty());
        when(schedules.generate(any())).thenAnswer(call -> {
            GenerateSchedule command = call.getArgument(0);
            return summary(command.queueId() * 10 + (command.monday().getDayOfMonth() == 2 ? 0 : 1), true);
        });
        when(schedules.find(anyLong())).thenAnswer(call -> Optional.of(summary(call.getArgument(0), false)));

        // when Kantor starts
        demo(true).run(null);

        // then six people are on each of the two queues' rosters, which ask for customer service
        verify(rosters).requireSkills(1, Map.of(5L, 3));
        verify(rosters).requireSkills(2, Map.of(5L, 3));
        verify(rosters, never()).requireSkills(eq(3L), any());
        verify(rosters, times(12)).assign(any(RosterAssignment.class));
        // the part-timer is scheduled on a contract of her own hours, defined once
        verify(contracts).define(new ContractDetails("Part-time 24 h a week", List.of(10L, 11L, 12L), 1, 5, 1440, 660));
        verify(rosters).assign(new RosterAssignment(1, 101L, 7, List.of()));
        // and both weeks of both queues are generated and, once solved, published
        for (long schedule : List.of(10L, 11L, 20L, 21L)) {
            verify(schedules, timeout(10_000)).publish(schedule, 3);
        }
        verify(schedules, times(4)).generate(any());
    }

    @Test
    void aLaterStartRedoesNothing() {
        when(shiftsAndContracts.loadedNow()).thenReturn(false);

        demo(true).run(null);

        verifyNoInteractions(rosters, schedules, queues);
    }

    private static ScheduleSummary summary(long id, boolean solving) {
        return new ScheduleSummary(id, id / 10, LocalDate.of(2026, 3, 2), "DRAFT", 3, 0, solving, 0, 0, 0);
    }

    @Test
    void staffingsRequirementIsScaledToWhatTheRosterCanWorkKeepingSomeoneAtEveryOpenInterval() {
        // given a Monday 08:00–09:00 that asks for 10, 10, 0 and 2 agents, and Tuesday closed
        LocalDate monday = LocalDate.of(2026, 3, 2);
        List<DayRequirement> days = new java.util.ArrayList<>();
        days.add(new DayRequirement(
                monday, LocalTime.of(8, 0), LocalTime.of(9, 0), List.of(10, 10, 0, 2), List.of(8, 8, 0, 1)));
        for (int d = 1; d < 7; d++) {
            days.add(DayRequirement.closed(monday.plusDays(d)));
        }
        WeekRequirement week = new WeekRequirement(1, monday, days);

        // when the roster works 275 paid minutes a week (0.6 of it for 330 asked minutes: half)
        String csv = DemoSchedules.scaled(week, 275);

        // then the shape stays, scaled down, and the interval that asked for 2 keeps one
        assertThat(csv)
                .isEqualTo("date,from,to,agents\n2026-03-02,08:00,08:15,5\n2026-03-02,08:15,08:30,5\n"
                        + "2026-03-02,08:30,08:45,0\n2026-03-02,08:45,09:00,1\n");
        // and a roster that can work it all keeps it as it is
        assertThat(DemoSchedules.scaled(week, 100_000))
                .contains("08:00,08:15,10")
                .contains("08:45,09:00,2");
    }
}
