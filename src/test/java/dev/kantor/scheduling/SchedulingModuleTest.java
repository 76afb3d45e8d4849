package dev.kantor.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.calendar.OpeningHours;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.jobs.JobStatus;
import dev.kantor.scheduling.jobs.SolvingJob;
import dev.kantor.scheduling.jobs.SolvingJobs;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The scheduling module on its own, with the platform only: what its API promises other modules
 * (shift types and contracts defined and read back, checked by the solver's rules), and a problem
 * solved in the background by the module's own solving node, and a queue's week generated from
 * staffing's requirement and published, which publishes {@link SchedulePublished} naming the people
 * on it. The modules it reads (people, staffing, calendar) stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class SchedulingModuleTest {

    @Autowired
    ShiftTypes shiftTypes;

    @Autowired
    Contracts contracts;

    @Autowired
    SolvingJobs jobs;

    @Autowired
    Rosters rosters;

    @Autowired
    Schedules schedules;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    People people;

    @MockitoBean
    WorkQueues queues;

    @MockitoBean
    StaffingRequirements requirements;

    @MockitoBean
    BusinessCalendars calendars;

    @Test
    void aShiftTypeAndAContractDefinedThroughTheApiAreReadBack() {
        ShiftTypeSummary type = SystemUser.call(() -> shiftTypes.define(new ShiftTypeDetails(
                "Module day",
                480,
                450,
                30,
                List.of(new BreakDetails("break", 15, 90, 150), new BreakDetails("lunch", 30, 210, 270)),
                60,
                210)));
        ContractSummary contract = SystemUser.call(
                () -> contracts.define(new ContractDetails("Module contract", List.of(type.id()), 1, 5, 2250, 660)));

        assertThat(shiftTypes.all()).contains(type);
        assertThat(type.paidMinutes()).isEqualTo(450);
        assertThat(contracts.all()).contains(contract);
        assertThat(contract.allowedShiftTypeIds()).containsExactly(type.id());
        // the breaks' windows, as the live floor reads them to answer "may I take my break now?"
        assertThat(shiftTypes.breaksOf("Module day"))
                .containsExactly(new BreakDetails("break", 15, 90, 150), new BreakDetails("lunch", 30, 210, 270));
        assertThat(shiftTypes.breaksOf("No such type")).isEmpty();
    }

    @Test
    void aDefinitionTheSolverCouldNotUseIsRefused() {
        assertThatThrownBy(() -> SystemUser.call(() -> shiftTypes.define(new ShiftTypeDetails(
                        "Unusable", 480, 480, 15, List.of(new BreakDetails("lunch", 30, 450, 465)), 0, 480))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("breaks[0].latestStartOffsetMinutes"));
        assertThatThrownBy(() -> SystemUser.call(
                        () -> contracts.define(new ContractDetails("Nothing", List.of(-1L), 1, 5, 2400, 660))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aProblemSubmittedIsSolvedInTheBackground() throws Exception {
        UUID id =
                SystemUser.call(() -> jobs.submit(SchedulingFixtures.example())).id();

        SolvingJob job = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            job = SystemUser.call(() -> jobs.get(id));
            if (job.status().isFinished()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(job.status()).isEqualTo(JobStatus.SOLVED);
        assertThat(job.shortfallCount()).isZero();
        assertThat(job.verdict().valid()).isTrue();
    }

    @Test
    void publishingAGeneratedWeekPublishesSchedulePublishedNamingItsPeople(Scenario scenario) throws Exception {
        // given a queue open 08:00 to 17:00 that needs one agent on duty all day, Monday to Friday
        long queue = 7001;
        LocalDate monday = LocalDate.of(2031, 3, 3);
        when(calendars.zone()).thenReturn(ZoneId.of("Asia/Jakarta"));
        when(queues.find(queue))
                .thenReturn(Optional.of(new QueueSummary(
                        queue,
                        "Module queue",
                        QueueChannel.PHONE,
                        Map.of(DayOfWeek.MONDAY, new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0))),
                        180.0)));
        List<DayRequirement> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            List<Integer> ones = Collections.nCopies(36, 1);
            days.add(
                    d < 5
                            ? new DayRequirement(
                                    monday.plusDays(d), LocalTime.of(8, 0), LocalTime.of(17, 0), ones, ones)
                            : DayRequirement.closed(monday.plusDays(d)));
        }
        when(requirements.week(eq(queue), any())).thenReturn(Optional.of(new WeekRequirement(queue, monday, days)));
        // and two people on its roster, full-time
        Employee someone = mock(Employee.class);
        when(someone.isActive()).thenReturn(true);
        when(people.employee(anyLong())).thenReturn(Optional.of(someone));
        ShiftTypeSummary day = SystemUser.call(() -> shiftTypes.define(new ShiftTypeDetails(
                "Module full day",
                540,
                480,
                30,
                List.of(
                        new BreakDetails("morning break", 15, 90, 150),
                        new BreakDetails("lunch", 60, 210, 270),
                        new BreakDetails("afternoon break", 15, 360, 420)),
                60,
                180)));
        ContractSummary fullTime = SystemUser.call(
                () -> contracts.define(new ContractDetails("Module full-time", List.of(day.id()), 1, 5, 2400, 660)));
        for (long person : List.of(7101L, 7102L)) {
            SystemUser.call(() -> rosters.assign(new RosterAssignment(queue, person, fullTime.id(), List.of())));
        }

        // when its week is generated and solved in the background
        ScheduleSummary generated = SystemUser.call(() ->
                schedules.generate(new GenerateSchedule(queue, monday, RequirementSource.STAFFING_SCHEDULED, 20)));
        ScheduleSummary solved = generated;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (solved.solving() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            solved = SystemUser.call(() -> schedules.find(generated.id())).orElseThrow();
        }
        assertThat(solved.solving()).isFalse();
        assertThat(solved.shortfallCount()).isZero();

        // then publishing it tells who is on it
        ScheduleSummary ready = solved;
        scenario.stimulate(() -> SystemUser.call(() -> schedules.publish(ready.id(), ready.version())))
                .andWaitForEventOfType(SchedulePublished.class)
                .toArriveAndVerify(published -> {
                    assertThat(published.scheduleId()).isEqualTo(ready.id());
                    assertThat(published.queueId()).isEqualTo(queue);
                    assertThat(published.monday()).isEqualTo(monday);
                    assertThat(published.version()).isEqualTo(1);
                    assertThat(published.affectedEmployeeIds()).containsExactly(7101L, 7102L);
                });
        assertThat(SystemUser.call(() -> schedules.find(ready.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void everyoneAPublicationChangedIsToldOnceHoweverOftenTheEventArrives(Scenario scenario) {
        SchedulePublished changed =
                new SchedulePublished(8801, 7001, LocalDate.of(2031, 3, 10), 2, List.of(7201L, 7202L));
        Supplier<Long> told =
                () -> jdbc.sql("select count(*) from notification where event_key like 'schedule:8801:2:%'")
                        .query(Long.class)
                        .single();

        scenario.publish(changed).andWaitForStateChange(told, n -> n >= 2).andVerify(n -> assertThat(n)
                .isEqualTo(2));
        scenario.publish(changed).andWaitForStateChange(told, n -> n >= 2).andVerify(n -> assertThat(n)
                .isEqualTo(2));
        assertThat(jdbc.sql(
                                "select message_key from notification where recipient_id = 7202 and event_key like 'schedule:8801:%'")
                        .query(String.class)
                        .single())
                .isEqualTo("notice.schedule-changed");
        assertThat(jdbc.sql(
                                "select link from notification where recipient_id = 7201 and event_key like 'schedule:8801:%'")
                        .query(String.class)
                        .single())
                .isEqualTo("/schedule");
    }
}
