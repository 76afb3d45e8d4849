package dev.kantor.arrangements;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.kantor.arrangements.requests.Arrangements;
import dev.kantor.arrangements.requests.CoverageShortfall;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.ArrangementPolicies;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.BeforeEach;
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
 * The work arrangements module on its own, with the platform only: filing publishes {@link ArrangementRequested}
 * and tells the manager once however often it is delivered; approving someone on a front-office queue's published
 * roster runs the coverage check on the schedule and the requirement: refused while it leaves intervals short,
 * approved with an override whose reason is recorded, audited and told in {@link ArrangementDecided}. People,
 * policies, scheduling, staffing and the calendar stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class ArrangementsModuleTest {

    static final long AGENT = 4512;
    static final long COLLEAGUE = 4513;
    static final long MANAGER = 4507;
    static final long QUEUE = 3;
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Arrangements arrangements;

    @MockitoBean
    People people;

    @MockitoBean
    ArrangementPolicies policies;

    @MockitoBean
    PublishedShifts published;

    @MockitoBean
    StaffingRequirements requirements;

    @MockitoBean
    WorkQueues queues;

    @MockitoBean
    BusinessCalendars calendars;

    /** A Monday two weeks ahead, on which the agent is on the front desk from 09:00 to 12:00. */
    LocalDate day;

    @BeforeEach
    void anAgentOnThePublishedRosterWhomThePolicyAllowsTelework() {
        jdbc.sql("delete from work_arrangement").update();
        jdbc.sql("delete from notification where event_key like 'arrangement:%'")
                .update();
        day = LocalDate.now(JAKARTA).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        when(calendars.zone()).thenReturn(JAKARTA);
        Employee agent = mock(Employee.class);
        when(agent.getManagerId()).thenReturn(MANAGER);
        when(people.employee(AGENT)).thenReturn(Optional.of(agent));
        when(people.nameOf(anyLong())).thenReturn(Optional.of("Agus Pratama"));
        when(policies.allowance(eq(AGENT), eq(ArrangementKind.TELEWORK), any()))
                .thenReturn(new ArrangementAllowance(
                        ArrangementKind.TELEWORK,
                        true,
                        Optional.of(5L),
                        Optional.of("Hybrid telework"),
                        2,
                        Optional.empty(),
                        Optional.empty()));
        PublishedShift agents = shift(1, AGENT);
        PublishedShift colleagues = shift(2, COLLEAGUE);
        when(published.ofEmployee(eq(AGENT), any(), any())).thenReturn(List.of(agents));
        when(published.onQueue(eq(QUEUE), any(), any())).thenReturn(List.of(agents, colleagues));
        List<DayRequirement> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(
                    i == 0
                            ? new DayRequirement(
                                    day,
                                    LocalTime.of(9, 0),
                                    LocalTime.of(12, 0),
                                    Collections.nCopies(12, 2),
                                    Collections.nCopies(12, 2))
                            : DayRequirement.closed(day.plusDays(i)));
        }
        when(requirements.week(QUEUE, day)).thenReturn(Optional.of(new WeekRequirement(QUEUE, day, week)));
    }

    PublishedShift shift(long id, long employee) {
        return new PublishedShift(
                id,
                1,
                QUEUE,
                employee,
                day,
                "Morning",
                day.atTime(9, 0).atZone(JAKARTA).toInstant(),
                day.atTime(12, 0).atZone(JAKARTA).toInstant(),
                List.of());
    }

    long fileTelework() {
        return SystemUser.callAs(AGENT, Role.AGENT, () -> arrangements
                .file(NewArrangement.teleworkOn(List.of(day), "Moving house"))
                .id());
    }

    long handling() {
        return jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
    }

    long managerNotices() {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and event_key like 'arrangement:%'")
                .param(MANAGER)
                .query(Long.class)
                .single();
    }

    @Test
    void filingPublishesArrangementRequestedAndTellsTheManagerOnceEvenWhenDeliveredTwice(Scenario scenario) {
        scenario.stimulate(this::fileTelework)
                .andWaitForEventOfType(ArrangementRequested.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.employeeId()).isEqualTo(AGENT);
                    assertThat(e.managerId()).isEqualTo(MANAGER);
                    assertThat(e.kind()).isEqualTo(ArrangementKind.TELEWORK);
                });
        long id = jdbc.sql("select id from work_arrangement").query(Long.class).single();
        scenario.publish(new ArrangementRequested(id, AGENT, MANAGER, ArrangementKind.TELEWORK, Instant.now()))
                .andWaitForStateChange(() -> handling() == 0 && managerNotices() == 1, done -> done)
                .andVerify(done -> assertThat(managerNotices()).isEqualTo(1));
    }

    @Test
    void anApprovalThatLeavesTheFrontDeskShortIsRefusedUnlessOverriddenWithAReason(Scenario scenario) {
        long id = fileTelework();
        int version = jdbc.sql("select version from work_arrangement where id = ?")
                .param(id)
                .query(Integer.class)
                .single();

        // when the manager approves, then the check refuses: the colleague alone falls short all morning
        assertThatThrownBy(() ->
                        SystemUser.callAs(MANAGER, Role.MANAGER, () -> arrangements.approve(id, version, null, " ")))
                .isInstanceOfSatisfying(CoverageShortfall.class, e -> {
                    assertThat(e.outcome().shortIntervals()).hasSize(12);
                    assertThat(e.outcome().lost()).hasSize(1);
                });
        assertThat(jdbc.sql("select status from work_arrangement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");

        // when the manager overrides with a reason, then it is approved, recorded, audited and told
        scenario.stimulate(() -> SystemUser.callAs(
                        MANAGER,
                        Role.MANAGER,
                        () -> arrangements.approve(id, version, "Fine", "Dewi covers the desk that morning")))
                .andWaitForEventOfType(ArrangementDecided.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.approved()).isTrue();
                    assertThat(e.overridden()).isTrue();
                    assertThat(e.decidedBy()).isEqualTo(MANAGER);
                });
        assertThat(jdbc.sql("select override_reason from work_arrangement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Dewi covers the desk that morning");
        assertThat(jdbc.sql(
                                "select changes from audit_event where entity_type = 'work-arrangement' and entity_id = ? and action = 'UPDATED'")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Dewi covers the desk that morning");
    }

    @Test
    void anApprovalThatKeepsCoverageNeedsNoOverride() {
        when(published.onQueue(eq(QUEUE), any(), any()))
                .thenReturn(List.of(shift(1, AGENT), shift(2, COLLEAGUE), shift(3, 4514L)));
        long id = fileTelework();
        int version = jdbc.sql("select version from work_arrangement where id = ?")
                .param(id)
                .query(Integer.class)
                .single();

        SystemUser.callAs(MANAGER, Role.MANAGER, () -> arrangements.approve(id, version, null, null));

        assertThat(jdbc.sql("select status, override_reason from work_arrangement where id = ?")
                        .param(id)
                        .query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
                        .single())
                .isEqualTo("APPROVED/null");
    }
}
