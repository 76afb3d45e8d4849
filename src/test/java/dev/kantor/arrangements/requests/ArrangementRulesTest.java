package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.scheduling.PublishedShift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a request for flextime or telework keeps against the policy in force. */
class ArrangementRulesTest {

    /** A Tuesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final ArrangementAllowance TWO_DAYS = new ArrangementAllowance(
            ArrangementKind.TELEWORK,
            true,
            Optional.of(41L),
            Optional.of("Telework in the back office"),
            2,
            Optional.empty(),
            Optional.empty());

    static final ArrangementAllowance CORE_TEN_TO_THREE = new ArrangementAllowance(
            ArrangementKind.FLEXTIME,
            true,
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.of(LocalTime.of(10, 0)),
            Optional.of(LocalTime.of(15, 0)));

    static List<FieldProblem> problems(Runnable check) {
        try {
            check.run();
        } catch (InvalidInput e) {
            return e.problems();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void refusesAKindThePolicyDoesNotAllowNamingThePolicy() {
        ArrangementAllowance no = new ArrangementAllowance(
                ArrangementKind.TELEWORK,
                false,
                Optional.of(7L),
                Optional.of("Front office: at the counter"),
                0,
                Optional.empty(),
                Optional.empty());
        NewArrangement request = NewArrangement.telework(Set.of(DayOfWeek.MONDAY), TODAY, null, null);

        assertThat(problems(() -> ArrangementRules.check(request, no, TODAY)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("kind");
                    assertThat(p.messageKey()).isEqualTo("arrangements.refused.by-policy.TELEWORK");
                    assertThat(p.args()).containsExactly("Front office: at the counter");
                });
        assertThat(problems(() -> ArrangementRules.check(
                        request, ArrangementAllowance.notAllowed(ArrangementKind.TELEWORK), TODAY)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("arrangements.refused.no-policy.TELEWORK");
    }

    @Test
    void takesTeleworkOnAsManyWeekdaysAsThePolicyAllows() {
        ArrangementRules.Terms terms = ArrangementRules.check(
                NewArrangement.telework(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), TODAY, null, "  quiet days "),
                TWO_DAYS,
                TODAY);

        assertThat(terms.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(terms.validFrom()).isEqualTo(TODAY);
        assertThat(terms.note()).isEqualTo("quiet days");
    }

    @Test
    void refusesMoreTeleworkDaysAWeekThanThePolicyAllows() {
        NewArrangement three = NewArrangement.telework(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), TODAY, null, null);

        assertThat(problems(() -> ArrangementRules.check(three, TWO_DAYS, TODAY)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("weekdays");
                    assertThat(p.messageKey()).isEqualTo("arrangements.too-many-days.by-policy");
                    assertThat(p.args()).containsExactly(2, "Telework in the back office");
                });
    }

    @Test
    void countsNamedDatesPerWeek() {
        // Mon 7, Tue 8 and Wed 9 December are one week; Mon 14 the next
        NewArrangement threeInAWeek = NewArrangement.teleworkOn(
                List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9)), null);
        NewArrangement twoAndOne = NewArrangement.teleworkOn(
                List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 14)), null);

        assertThat(problems(() -> ArrangementRules.check(threeInAWeek, TWO_DAYS, TODAY)))
                .extracting(FieldProblem::field)
                .containsExactly("dates");
        ArrangementRules.Terms terms = ArrangementRules.check(twoAndOne, TWO_DAYS, TODAY);
        assertThat(terms.validFrom()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(terms.validUntil()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void telworkNamesWeekdaysOrDatesNotBothAndNothingInThePast() {
        NewArrangement both = new NewArrangement(
                ArrangementKind.TELEWORK,
                TODAY,
                null,
                null,
                null,
                Set.of(DayOfWeek.MONDAY),
                List.of(TODAY.plusDays(3)),
                null);
        NewArrangement neither = NewArrangement.telework(Set.of(), TODAY, null, null);
        NewArrangement past = NewArrangement.teleworkOn(List.of(TODAY.minusDays(1)), null);
        NewArrangement untilBeforeFrom =
                NewArrangement.telework(Set.of(DayOfWeek.MONDAY), TODAY.plusDays(7), TODAY.plusDays(6), null);

        assertThat(problems(() -> ArrangementRules.check(both, TWO_DAYS, TODAY)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("arrangements.weekdays-or-dates");
        assertThat(problems(() -> ArrangementRules.check(neither, TWO_DAYS, TODAY)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("arrangements.days-required");
        assertThat(problems(() -> ArrangementRules.check(past, TWO_DAYS, TODAY)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("arrangements.in-the-past");
        assertThat(problems(() -> ArrangementRules.check(untilBeforeFrom, TWO_DAYS, TODAY)))
                .extracting(FieldProblem::field)
                .containsExactly("validUntil");
    }

    @Test
    void flextimesBandMustHoldTheCoreHours() {
        NewArrangement late = NewArrangement.flextime(LocalTime.of(10, 30), LocalTime.of(18, 0), TODAY, null, null);
        NewArrangement early = NewArrangement.flextime(LocalTime.of(7, 0), LocalTime.of(14, 0), TODAY, null, null);
        NewArrangement backwards = NewArrangement.flextime(LocalTime.of(17, 0), LocalTime.of(7, 0), TODAY, null, null);
        NewArrangement fine = NewArrangement.flextime(LocalTime.of(7, 0), LocalTime.of(18, 0), TODAY, null, null);

        assertThat(problems(() -> ArrangementRules.check(late, CORE_TEN_TO_THREE, TODAY)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("earliestStart");
                    assertThat(p.args()).containsExactly("10:00");
                });
        assertThat(problems(() -> ArrangementRules.check(early, CORE_TEN_TO_THREE, TODAY)))
                .extracting(FieldProblem::field)
                .containsExactly("latestEnd");
        assertThat(problems(() -> ArrangementRules.check(backwards, CORE_TEN_TO_THREE, TODAY)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("arrangements.band-ends-before-start");
        ArrangementRules.Terms terms = ArrangementRules.check(fine, CORE_TEN_TO_THREE, TODAY);
        assertThat(terms.coreFrom()).isEqualTo(LocalTime.of(10, 0));
        assertThat(terms.coreUntil()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void teleworkDaysAddUpWithTheEmployeesOtherWaitingOrApprovedTelework() {
        ArrangementRules.Terms thursdays = ArrangementRules.check(
                NewArrangement.telework(Set.of(DayOfWeek.THURSDAY), TODAY, null, null), TWO_DAYS, TODAY);
        Arrangement mondaysAndFridays = arrangement(
                ArrangementStatus.APPROVED, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TODAY, TODAY.plusDays(20));
        Arrangement declined =
                arrangement(ArrangementStatus.DECLINED, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TODAY, null);

        assertThat(problems(() -> ArrangementRules.checkWeeklyTotal(thursdays, List.of(mondaysAndFridays), TWO_DAYS)))
                .extracting(FieldProblem::field)
                .containsExactly("weekdays");
        ArrangementRules.checkWeeklyTotal(thursdays, List.of(declined), TWO_DAYS);
        // once the others end, the Thursdays alone are within the policy
        ArrangementRules.Terms later = ArrangementRules.check(
                NewArrangement.telework(Set.of(DayOfWeek.THURSDAY), TODAY.plusDays(28), null, null), TWO_DAYS, TODAY);
        ArrangementRules.checkWeeklyTotal(later, List.of(mondaysAndFridays), TWO_DAYS);
    }

    @Test
    void aTeleworkDayTakesTheWholeShiftAndFlextimeWhatIsOutsideTheCore() {
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        LocalDate monday = LocalDate.of(2026, 12, 7);
        PublishedShift mondayShift = new PublishedShift(
                1,
                1,
                7,
                45,
                monday,
                "Day",
                Instant.parse("2026-12-07T01:00:00Z"), // 08:00 in Jakarta
                Instant.parse("2026-12-07T10:00:00Z"), // 17:00
                List.of());
        Arrangement telework = arrangement(ArrangementStatus.APPROVED, Set.of(DayOfWeek.MONDAY), monday, null);
        Arrangement tuesdays = arrangement(ArrangementStatus.APPROVED, Set.of(DayOfWeek.TUESDAY), monday, null);
        Arrangement flextime = new Arrangement(
                2,
                45,
                ArrangementKind.FLEXTIME,
                ArrangementStatus.PENDING,
                monday,
                null,
                LocalTime.of(7, 0),
                LocalTime.of(18, 0),
                LocalTime.of(10, 0),
                LocalTime.of(15, 0),
                Set.of(),
                List.of(),
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                0,
                null,
                0);

        assertThat(telework.awayFrom(mondayShift, jakarta))
                .containsExactly(new CoverageCheck.Span(mondayShift.startsAt(), mondayShift.endsAt()));
        assertThat(tuesdays.awayFrom(mondayShift, jakarta)).isEmpty();
        assertThat(flextime.awayFrom(mondayShift, jakarta))
                .containsExactly(
                        new CoverageCheck.Span(mondayShift.startsAt(), Instant.parse("2026-12-07T03:00:00Z")),
                        new CoverageCheck.Span(Instant.parse("2026-12-07T08:00:00Z"), mondayShift.endsAt()));
        assertThat(telework.teleworkOn(monday)).isTrue();
        assertThat(telework.inForceOn(monday)).isTrue();
        assertThat(flextime.inForceOn(monday)).as("waiting").isFalse();
    }

    static Arrangement arrangement(ArrangementStatus status, Set<DayOfWeek> days, LocalDate from, LocalDate until) {
        return new Arrangement(
                1,
                45,
                ArrangementKind.TELEWORK,
                status,
                from,
                until,
                null,
                null,
                null,
                null,
                days,
                List.of(),
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                0,
                null,
                0);
    }

    @Test
    void theKindIsRequired() {
        assertThatThrownBy(() -> ArrangementRules.check(
                        new NewArrangement(null, TODAY, null, null, null, null, null, null), TWO_DAYS, TODAY))
                .isInstanceOf(InvalidInput.class);
    }
}
