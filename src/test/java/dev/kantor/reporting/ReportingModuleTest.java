package dev.kantor.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseFacts;
import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.TargetOutcome;
import dev.kantor.floor.CoverageHistory;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;
import dev.kantor.people.People;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffHistory;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.routing.HandoffStarted;
import dev.kantor.routing.PastHandoff;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.service.InternalRequestRated;
import dev.kantor.service.RequestFacts;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

/**
 * The reporting module on its own, with the platform only: cases' and routing's events keep the day
 * roll-ups up to date, and an event delivered twice (after a restart, or by redelivery) counts once;
 * a later event of a case replaces its share rather than adding to it. Cases, people, routing, the
 * calendar, the floor's coverage history and what HR's dashboard reads (policies, arrangements, assessment, scheduling) stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class ReportingModuleTest {

    static final long CASE = 7001;
    static final Instant OPENED = Instant.parse("2026-11-02T03:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    CaseFacts facts;

    @MockitoBean
    People people;

    @MockitoBean
    BusinessCalendars calendars;

    @MockitoBean
    TopicCatalogue topics;

    @MockitoBean
    HandoffHistory handoffHistory;

    @MockitoBean
    RequestFacts requestFacts;

    @MockitoBean
    CoverageHistory coverageHistory;

    @MockitoBean
    WorkQueues queues;

    // what HR's dashboard and "my figures" read of other modules
    @MockitoBean
    dev.kantor.policies.AcknowledgementFigures acknowledgements;

    @MockitoBean
    dev.kantor.arrangements.ArrangementFigures arrangements;

    @MockitoBean
    dev.kantor.assessment.SharedResults sharedResults;

    @MockitoBean
    dev.kantor.assessment.SkillGaps skillGaps;

    @MockitoBean
    dev.kantor.scheduling.PublishedShifts publishedShifts;

    @MockitoBean
    dev.kantor.floor.RecordedTime recordedTime;

    @BeforeEach
    void nothingCountedYet() {
        when(calendars.zone()).thenReturn(ZoneId.of("Asia/Jakarta"));
        when(people.entry(anyLong())).thenReturn(Optional.empty());
        for (String table : new String[] {
            "reporting_case",
            "reporting_service_day",
            "reporting_service_month",
            "reporting_employee_day",
            "reporting_handoff_day",
            "reporting_handoff",
            "reporting_event"
        }) {
            jdbc.sql("delete from " + table).update();
        }
    }

    static CaseFact complaint(Integer rating) {
        return new CaseFact(
                CASE,
                "KTR-7001",
                Channel.PHONE,
                CaseType.COMPLAINT,
                "billing",
                Priority.NORMAL,
                CaseStatus.RESOLVED,
                12L,
                OPENED,
                OPENED.plusSeconds(3600),
                TargetOutcome.MET,
                TargetOutcome.BREACHED,
                true,
                rating,
                1,
                0,
                ResolutionType.REFUND);
    }

    long sum(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from reporting_service_day")
                .query(Long.class)
                .single();
    }

    long monthSum(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from reporting_service_month")
                .query(Long.class)
                .single();
    }

    long handling() {
        return jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
    }

    @Test
    void aCaseEventDeliveredTwiceCountsOnceAndALaterOneReplacesTheCasesShare(Scenario scenario) {
        when(facts.of(CASE)).thenReturn(Optional.of(complaint(null)));
        CaseOpened opened = new CaseOpened(
                CASE, "KTR-7001", Channel.PHONE, CaseType.COMPLAINT, "billing", Priority.NORMAL, 12L, OPENED);

        scenario.publish(opened)
                .andWaitForStateChange(() -> sum("opened"), n -> n == 1)
                .andVerify(n -> {
                    assertThat(sum("complaints")).isEqualTo(1);
                    assertThat(sum("resolved_breached")).isEqualTo(1);
                    assertThat(sum("responded_met")).isEqualTo(1);
                });
        // delivered again
        scenario.publish(opened)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> assertThat(sum("opened")).isEqualTo(1));

        // the customer rates it: the case's share is replaced, not added to
        when(facts.of(CASE)).thenReturn(Optional.of(complaint(4)));
        CaseRated rated = new CaseRated(CASE, "KTR-7001", 4, 12L, OPENED.plusSeconds(7200));
        scenario.publish(rated)
                .andWaitForStateChange(() -> sum("rated"), n -> n == 1)
                .andVerify(n -> {
                    assertThat(sum("opened")).isEqualTo(1);
                    assertThat(sum("rating_sum")).isEqualTo(4);
                    // the month roll-up follows the same events
                    assertThat(monthSum("opened")).isEqualTo(1);
                    assertThat(monthSum("rating_sum")).isEqualTo(4);
                });
        scenario.publish(rated)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(sum("rated")).isEqualTo(1);
                    assertThat(jdbc.sql("select sum(opened) from reporting_employee_day where employee_id = 12")
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(1);
                });
    }

    long handoffs(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from reporting_handoff_day")
                .query(Long.class)
                .single();
    }

    @Test
    void handoffEventsDeliveredTwiceCountOnceWithTheTimeToAccept(Scenario scenario) {
        HandoffStarted started = new HandoffStarted(501, CASE, 12, "over to billing", OPENED);
        HandoffAccepted accepted = new HandoffAccepted(501, CASE, 13, OPENED.plusSeconds(90));
        HandoffStarted other = new HandoffStarted(502, CASE, 12, "and again", OPENED.plusSeconds(600));
        HandoffQueued queued = new HandoffQueued(502, CASE, "billing", OPENED.plusSeconds(900));
        // the handoffs as routing's history gives them, step by step; the case is reporting's own line's
        when(facts.of(CASE)).thenReturn(Optional.of(complaint(null)));
        when(handoffHistory.of(501))
                .thenReturn(Optional.of(new PastHandoff(501, CASE, "billing", 12, 3L, OPENED, null, null)));
        when(handoffHistory.of(502))
                .thenReturn(Optional.of(
                        new PastHandoff(502, CASE, "billing", 12, 3L, OPENED.plusSeconds(600), null, null)));

        scenario.publish(started).andWaitForStateChange(() -> handoffs("started"), n -> n == 1);
        scenario.publish(started).andWaitForStateChange(this::handling, n -> n == 0);
        when(handoffHistory.of(501))
                .thenReturn(Optional.of(
                        new PastHandoff(501, CASE, "billing", 12, 3L, OPENED, OPENED.plusSeconds(90), null)));
        scenario.publish(accepted).andWaitForStateChange(() -> handoffs("accepted"), n -> n == 1);
        scenario.publish(accepted).andWaitForStateChange(this::handling, n -> n == 0);
        scenario.publish(other).andWaitForStateChange(() -> handoffs("started"), n -> n == 2);
        when(handoffHistory.of(502))
                .thenReturn(Optional.of(new PastHandoff(
                        502, CASE, "billing", 12, 3L, OPENED.plusSeconds(600), null, OPENED.plusSeconds(900))));
        scenario.publish(queued).andWaitForStateChange(() -> handoffs("queued"), n -> n == 1);
        scenario.publish(queued)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(handoffs("started")).isEqualTo(2);
                    assertThat(handoffs("accepted")).isEqualTo(1);
                    assertThat(handoffs("accept_seconds")).isEqualTo(90);
                    assertThat(handoffs("queued")).isEqualTo(1);
                    // counted under the case's topic and channel and the sender's department, so filters apply
                    assertThat(jdbc.sql("select topic, channel, department_id, started from reporting_handoff_day")
                                    .query((rs, row) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3)
                                            + "/" + rs.getLong(4))
                                    .list())
                            .containsExactly("billing/PHONE/3/2");
                });
    }

    long coverage(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from reporting_coverage_day")
                .query(Long.class)
                .single();
    }

    long ratings(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from reporting_request_rating_day")
                .query(Long.class)
                .single();
    }

    @Test
    void floorAndServiceEventsDeliveredTwiceCountOnce(Scenario scenario) {
        for (String table : new String[] {
            "reporting_interval",
            "reporting_fill_in",
            "reporting_coverage_day",
            "reporting_request_rating",
            "reporting_request_rating_day"
        }) {
            jdbc.sql("delete from " + table).update();
        }
        IntervalCovered shortOne = new IntervalCovered(31, OPENED, OPENED.plusSeconds(900), 3, 2);
        IntervalCovered covered = new IntervalCovered(31, OPENED.plusSeconds(900), OPENED.plusSeconds(1800), 2, 2);
        FillInEnded fillIn = new FillInEnded(77, 31, 12, OPENED, OPENED.plusSeconds(2700), 45);
        InternalRequestRated rating = new InternalRequestRated(88, 5, 901, 12, null, 4, OPENED);

        scenario.publish(shortOne).andWaitForStateChange(() -> coverage("intervals"), n -> n == 1);
        scenario.publish(shortOne).andWaitForStateChange(this::handling, n -> n == 0);
        scenario.publish(covered).andWaitForStateChange(() -> coverage("intervals"), n -> n == 2);
        scenario.publish(fillIn).andWaitForStateChange(() -> coverage("fill_ins"), n -> n == 1);
        scenario.publish(fillIn).andWaitForStateChange(this::handling, n -> n == 0);
        scenario.publish(rating).andWaitForStateChange(() -> ratings("rated"), n -> n == 1);
        scenario.publish(rating)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(coverage("intervals")).isEqualTo(2);
                    assertThat(coverage("short_intervals")).isEqualTo(1);
                    assertThat(coverage("fill_ins")).isEqualTo(1);
                    assertThat(coverage("fill_in_minutes")).isEqualTo(45);
                    assertThat(ratings("rated")).isEqualTo(1);
                    assertThat(ratings("stars_sum")).isEqualTo(4);
                });
    }
}
