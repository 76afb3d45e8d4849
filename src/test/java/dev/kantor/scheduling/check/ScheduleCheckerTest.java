package dev.kantor.scheduling.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.Shortfall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.kantor.scheduling.SchedulingFixtures.MONDAY;
import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.shift;
import static dev.kantor.scheduling.SchedulingFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCheckerTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    /** A valid FULL shift of the example: break at 90 minutes, lunch at 240. */
    private static Shift validFull(String agent) {
        return shift(agent, MONDAY, "FULL", "08:00", "16:00", "break@09:30-09:45", "lunch@12:00-12:30");
    }

    @Test
    void findsNothingWrongWithShiftsThatKeepEveryRule() {
        List<Shift> shifts = List.of(
                validFull("dewi"),
                shift("eko", MONDAY, "HALF", "08:00", "12:00"),
                shift("rina", MONDAY, "HALF", "12:00", "16:00"));

        CheckReport report = ScheduleChecker.checkShifts(example(), shifts);

        assertThat(report.violations()).isEmpty();
        assertThat(report.paidMinutes()).isEqualTo(960);
    }

    static Stream<Arguments> shiftsBreakingOneRule() {
        Problem example = example();
        Problem week = week(7, "08:00", "22:00", 0, 2, 2);
        return Stream.of(
                Arguments.of(ViolationKind.UNKNOWN_AGENT, example, List.of(validFull("nobody"))),
                Arguments.of(
                        ViolationKind.UNKNOWN_SHIFT_TYPE,
                        example,
                        List.of(shift("eko", MONDAY, "NIGHT", "08:00", "12:00"))),
                Arguments.of(
                        ViolationKind.DATE_OUTSIDE_HORIZON,
                        example,
                        List.of(shift("eko", TUESDAY, "HALF", "08:00", "12:00"))),
                Arguments.of(ViolationKind.SHIFT_TYPE_NOT_ALLOWED, example, List.of(validFull("eko"))),
                Arguments.of(
                        ViolationKind.AGENT_UNAVAILABLE,
                        example,
                        List.of(shift("agus", MONDAY, "HALF", "08:00", "12:00"))),
                Arguments.of(
                        ViolationKind.WRONG_SPAN, example, List.of(shift("eko", MONDAY, "HALF", "08:00", "11:30"))),
                Arguments.of(
                        ViolationKind.OUTSIDE_OPENING_HOURS,
                        example,
                        List.of(shift("eko", MONDAY, "HALF", "13:00", "17:00"))),
                Arguments.of(
                        ViolationKind.START_OFF_GRID, example, List.of(shift("eko", MONDAY, "HALF", "08:15", "12:15"))),
                Arguments.of(
                        ViolationKind.BREAKS_NOT_AS_TYPE,
                        example,
                        List.of(shift(
                                "dewi", MONDAY, "FULL", "08:00", "16:00", "lunch@09:30-10:00", "break@12:00-12:15"))),
                Arguments.of(
                        ViolationKind.BREAK_WRONG_LENGTH,
                        example,
                        List.of(shift(
                                "dewi", MONDAY, "FULL", "08:00", "16:00", "break@09:30-09:45", "lunch@12:00-12:45"))),
                Arguments.of(
                        ViolationKind.BREAK_OUTSIDE_WINDOW,
                        example,
                        List.of(shift(
                                "dewi", MONDAY, "FULL", "08:00", "16:00", "break@09:15-09:30", "lunch@12:00-12:30"))),
                Arguments.of(
                        ViolationKind.BREAK_OFF_INTERVAL,
                        example,
                        List.of(shift(
                                "dewi", MONDAY, "FULL", "08:00", "16:00", "break@09:35-09:50", "lunch@12:00-12:30"))),
                Arguments.of(
                        ViolationKind.TOO_LITTLE_WORK_BETWEEN_BREAKS,
                        week,
                        List.of(shift("ft1", MONDAY, "SPLIT", "08:00", "16:00", "b1@11:00-11:15", "b2@12:00-12:30"))),
                Arguments.of(
                        ViolationKind.TOO_LONG_WITHOUT_BREAK,
                        example,
                        List.of(shift(
                                "dewi", MONDAY, "FULL", "08:00", "16:00", "break@09:30-09:45", "lunch@11:30-12:00"))),
                Arguments.of(
                        ViolationKind.SHIFTS_OVERLAP,
                        week,
                        List.of(
                                shift("flex", MONDAY, "HALF", "08:00", "12:00"),
                                shift("flex", MONDAY, "HALF", "11:00", "15:00"))),
                Arguments.of(
                        ViolationKind.TOO_MANY_SHIFTS_IN_DAY,
                        week,
                        List.of(
                                shift("pt1", MONDAY, "HALF", "08:00", "12:00"),
                                shift("pt1", MONDAY, "HALF", "12:00", "16:00"))),
                Arguments.of(ViolationKind.TOO_MANY_SHIFTS_IN_WEEK, week, sixHalfShiftsOf("ft1", "FULL")),
                Arguments.of(ViolationKind.TOO_MANY_PAID_MINUTES_IN_WEEK, week, sixHalfShiftsOf("pt1", "HALF")),
                Arguments.of(
                        ViolationKind.REST_TOO_SHORT,
                        week,
                        List.of(
                                shift("pt1", MONDAY, "HALF", "18:00", "22:00"),
                                shift("pt1", TUESDAY, "HALF", "08:00", "12:00"))));
    }

    /** Six shifts in a week: too many for FT (five), too long for PT (1,200 minutes) but not too many for PT. */
    private static List<Shift> sixHalfShiftsOf(String agent, String type) {
        List<Shift> shifts = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            shifts.add(
                    "FULL".equals(type)
                            ? shift(
                                    agent,
                                    MONDAY.plusDays(d),
                                    "FULL",
                                    "08:00",
                                    "16:00",
                                    "break@09:30-09:45",
                                    "lunch@12:00-12:30")
                            : shift(agent, MONDAY.plusDays(d), "HALF", "08:00", "12:00"));
        }
        return shifts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shiftsBreakingOneRule")
    void catchesAScheduleThatBreaksExactlyOneRule(ViolationKind rule, Problem problem, List<Shift> shifts) {
        CheckReport report = ScheduleChecker.checkShifts(problem, shifts);

        assertThat(report.violations()).extracting(Violation::kind).containsOnly(rule);
    }

    @Test
    void acceptsAWholeAnswerThatReportsWhatItsShiftsGive() {
        Problem example = example();
        List<Shift> shifts = List.of(validFull("dewi"), shift("eko", MONDAY, "HALF", "08:00", "12:00"));
        Schedule answer = honestAnswer(example, shifts);

        CheckReport report = ScheduleChecker.check(example, answer);

        assertThat(report.violations()).isEmpty();
        assertThat(report.shortfalls()).isNotEmpty().isEqualTo(answer.shortfalls());
    }

    @Test
    void catchesAnAnswerThatHidesAShortInterval() {
        Problem example = example();
        Schedule honest = honestAnswer(example, List.of(validFull("dewi")));
        List<Shortfall> fewer =
                honest.shortfalls().subList(1, honest.shortfalls().size());
        Schedule hiding =
                new Schedule(ScheduleStatus.SOLVED, honest.paidMinutes(), 0, fewer, honest.shifts(), honest.coverage());

        CheckReport report = ScheduleChecker.check(example, hiding);

        assertThat(report.violations())
                .extracting(Violation::kind)
                .containsExactly(ViolationKind.SHORTFALL_NOT_REPORTED);
        assertThat(report.violations().get(0).interval())
                .isEqualTo(honest.shortfalls().get(0).start());
    }

    @Test
    void catchesAnAnswerThatMisreportsItsCostItsCoverageOrItsBound() {
        Problem example = week(1, "08:00", "12:00", 1, 0, 1);
        Schedule honest = honestAnswer(example, List.of(shift("pt1", MONDAY, "HALF", "08:00", "12:00")));
        Schedule wrong = new Schedule(ScheduleStatus.SOLVED, 200, 300, honest.shortfalls(), honest.shifts(), List.of());

        CheckReport report = ScheduleChecker.check(example, wrong);

        assertThat(report.violations())
                .extracting(Violation::kind)
                .containsExactlyInAnyOrder(
                        ViolationKind.PAID_MINUTES_MISREPORTED,
                        ViolationKind.COVERAGE_MISREPORTED,
                        ViolationKind.LOWER_BOUND_ABOVE_PAID);
    }

    @Test
    void catchesAnAnswerThatMovedAPinnedShift() {
        Shift pinned = shift("eko", MONDAY, "HALF", "08:00", "12:00");
        Problem example = example().withPinnedShifts(List.of(pinned));
        Schedule moved = honestAnswer(example, List.of(shift("eko", MONDAY, "HALF", "08:30", "12:30")));

        CheckReport report = ScheduleChecker.check(example, moved);

        assertThat(report.violations()).extracting(Violation::kind).containsExactly(ViolationKind.PINNED_SHIFT_CHANGED);
    }

    /** An answer whose figures are the checker's own, as a correct solver would report them. */
    static Schedule honestAnswer(Problem problem, List<Shift> shifts) {
        CheckReport counted = ScheduleChecker.checkShifts(problem, shifts);
        return new Schedule(
                ScheduleStatus.SOLVED, counted.paidMinutes(), 0, counted.shortfalls(), shifts, counted.coverage());
    }
}
