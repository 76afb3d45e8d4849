package dev.kantor.cases.resolution;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.OpeningHours;
import dev.kantor.cases.ResolutionType;

import org.junit.jupiter.api.Test;

import static dev.kantor.cases.resolution.AuthorityTest.AGENT;
import static dev.kantor.cases.resolution.AuthorityTest.DIRECTOR;
import static dev.kantor.cases.resolution.AuthorityTest.LEAD;
import static dev.kantor.cases.resolution.AuthorityTest.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a waiting approval moves up the line on its own: its approver absent, or silent for the
 * configured business time; to the nearest present person above who may approve it; and when
 * nobody above may, it stays, stalled, for admins to see.
 */
class EscalationRuleTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Duration TWO_HOURS = Duration.ofHours(2);

    /** Monday to Friday, 08:00 to 17:00 in Jakarta. */
    static final BusinessCalendar CALENDAR = new BusinessCalendar(
            JAKARTA, weekdays(new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0))), Set.of());

    /** Monday 3 March 2025, 10:00 in Jakarta. */
    static final Instant MONDAY_TEN =
            ZonedDateTime.of(2025, 3, 3, 10, 0, 0, 0, JAKARTA).toInstant();

    final AuthorityTest.Line line = new AuthorityTest.Line();
    final Map<Long, Absence> absent = new HashMap<>();
    final EscalationRule.Attendance attendance = id -> Optional.ofNullable(absent.get(id));

    static Map<DayOfWeek, OpeningHours> weekdays(OpeningHours hours) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, hours);
            }
        }
        return week;
    }

    /** A refund of the agent's waiting on someone, asked at that moment. */
    static EscalationRule.Waiting refundWaitingOn(long approver, long amount, Instant askedAt) {
        return new EscalationRule.Waiting(approver, AGENT, ResolutionType.REFUND, amount, askedAt);
    }

    EscalationRule.Outcome decide(EscalationRule.Waiting waiting, Instant now) {
        return EscalationRule.decide(waiting, now, TWO_HOURS, CALENDAR, line, attendance);
    }

    @Test
    void anApproverWhoIsThereAndWasAskedRecentlyKeepsIt() {
        assertThat(decide(refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN), MONDAY_TEN.plusSeconds(60)))
                .isInstanceOf(EscalationRule.Stay.class);
    }

    @Test
    void anAbsentApproverPassesItToTheNextOneUpWhoMayApproveIt() {
        // given the team lead, whose limit covers the refund, off duty
        absent.put(LEAD, Absence.OFF_DUTY);

        // then it goes to her manager at once, however recently she was asked
        assertThat(decide(refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN), MONDAY_TEN))
                .isEqualTo(new EscalationRule.Move(MANAGER, "OFF_DUTY"));
    }

    @Test
    void everyKindOfAbsenceCountsAndIsTheReason() {
        for (Absence absence : Absence.values()) {
            absent.put(LEAD, absence);

            assertThat(decide(refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN), MONDAY_TEN))
                    .isEqualTo(new EscalationRule.Move(MANAGER, absence.name()));
        }
    }

    @Test
    void thePersonAboveMustMayApproveItAndBeThere() {
        // given a refund of 15,000,000: above the manager's limit of 10,000,000, within the director's (the head)
        absent.put(MANAGER, Absence.AWAY);

        // then, waiting on the lead who is off duty, it skips the manager and reaches the director
        absent.put(LEAD, Absence.OFF_DUTY);
        assertThat(decide(refundWaitingOn(LEAD, 15_000_000, MONDAY_TEN), MONDAY_TEN))
                .isEqualTo(new EscalationRule.Move(DIRECTOR, "OFF_DUTY"));
        // and a small refund skips the manager who is away too
        assertThat(decide(refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN), MONDAY_TEN))
                .isEqualTo(new EscalationRule.Move(DIRECTOR, "OFF_DUTY"));
    }

    @Test
    void anApproverSilentForTheConfiguredBusinessTimePassesItUp() {
        EscalationRule.Waiting waiting = refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN);

        assertThat(decide(waiting, MONDAY_TEN.plus(TWO_HOURS).minusSeconds(1))).isInstanceOf(EscalationRule.Stay.class);
        assertThat(decide(waiting, MONDAY_TEN.plus(TWO_HOURS)))
                .isEqualTo(new EscalationRule.Move(MANAGER, EscalationRule.SILENT));
    }

    @Test
    void silenceIsCountedInBusinessHoursOnly() {
        // given a request asked on Friday at 16:30, half an hour before closing
        Instant fridayLate = ZonedDateTime.of(2025, 3, 7, 16, 30, 0, 0, JAKARTA).toInstant();
        EscalationRule.Waiting waiting = refundWaitingOn(LEAD, 1_500_000, fridayLate);

        // then on Monday at 09:00 she has been silent for an hour and a half of business time: it stays
        Instant mondayNine = ZonedDateTime.of(2025, 3, 10, 9, 0, 0, 0, JAKARTA).toInstant();
        assertThat(decide(waiting, mondayNine)).isInstanceOf(EscalationRule.Stay.class);
        // and at 09:30 the two hours are up
        assertThat(decide(waiting, mondayNine.plus(Duration.ofMinutes(30))))
                .isEqualTo(new EscalationRule.Move(MANAGER, EscalationRule.SILENT));
    }

    @Test
    void withNobodyAboveItStaysAndStallsForAdminsToSee() {
        // given a request waiting on the head of the line, who is off duty
        absent.put(DIRECTOR, Absence.OFF_DUTY);

        assertThat(decide(refundWaitingOn(DIRECTOR, 50_000_000, MONDAY_TEN), MONDAY_TEN))
                .isEqualTo(new EscalationRule.Stall("OFF_DUTY"));
        // and one silent at the head stalls the same way
        absent.clear();
        assertThat(decide(refundWaitingOn(DIRECTOR, 50_000_000, MONDAY_TEN), MONDAY_TEN.plus(Duration.ofDays(1))))
                .isEqualTo(new EscalationRule.Stall(EscalationRule.SILENT));
    }

    @Test
    void withEveryoneAboveAbsentItStalls() {
        absent.put(LEAD, Absence.OFF_DUTY);
        absent.put(MANAGER, Absence.ON_LEAVE);
        absent.put(DIRECTOR, Absence.OFF_DUTY);

        assertThat(decide(refundWaitingOn(LEAD, 1_500_000, MONDAY_TEN), MONDAY_TEN))
                .isEqualTo(new EscalationRule.Stall("OFF_DUTY"));
    }

    @Test
    void theProposerIsNeverTheOneItMovesTo() {
        // given the manager proposing a refund of her own, waiting on the director who is away
        absent.put(DIRECTOR, Absence.AWAY);
        EscalationRule.Waiting own =
                new EscalationRule.Waiting(DIRECTOR, MANAGER, ResolutionType.REFUND, 20_000_000, MONDAY_TEN);

        assertThat(decide(own, MONDAY_TEN)).isEqualTo(new EscalationRule.Stall("AWAY"));
    }

    @Test
    void aManagerIsAboveEveryoneBelowThemInTheLineAndNobodyElse() {
        assertThat(Approvers.isAbove(LEAD, AGENT, line)).isTrue();
        assertThat(Approvers.isAbove(MANAGER, AGENT, line)).isTrue();
        assertThat(Approvers.isAbove(DIRECTOR, AGENT, line)).isTrue();
        assertThat(Approvers.isAbove(AGENT, AGENT, line)).isFalse();
        assertThat(Approvers.isAbove(AGENT, LEAD, line)).isFalse();
        assertThat(Approvers.isAbove(AuthorityTest.OTHER_MANAGER, AGENT, line)).isFalse();
    }
}
