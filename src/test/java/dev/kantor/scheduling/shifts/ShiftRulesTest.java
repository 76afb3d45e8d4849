package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.ShiftTypeDetails;
import dev.kantor.scheduling.problem.ShiftType;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Shift types and contracts keep the scheduling core's rules, each fault named by the field it is in. */
class ShiftRulesTest {

    private static final List<BreakDetails> FULL_DAY_BREAKS = List.of(
            new BreakDetails("morning break", 15, 90, 150),
            new BreakDetails("lunch", 60, 210, 270),
            new BreakDetails("afternoon break", 15, 360, 420));

    private static ShiftTypeDetails fullDay(List<BreakDetails> breaks) {
        return new ShiftTypeDetails("Full day 8 h", 540, 480, 30, breaks, 60, 180);
    }

    private static List<FieldProblem> problemsOf(Runnable check) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInput.class, e -> problems.addAll(e.problems()));
        return problems;
    }

    @Test
    void acceptsAFullDayWithTwoBreaksAndAnUnpaidLunch() {
        ShiftType type = ShiftTypeRules.check(fullDay(FULL_DAY_BREAKS));

        assertThat(type.id()).isEqualTo("Full day 8 h");
        assertThat(type.breaks()).extracting(b -> b.id()).containsExactly("morning break", "lunch", "afternoon break");
    }

    @Test
    void refusesABreakWindowOutsideTheSpanNamingTheBreaksField() {
        List<BreakDetails> breaks = new ArrayList<>(FULL_DAY_BREAKS);
        breaks.set(2, new BreakDetails("afternoon break", 15, 360, 540));

        assertThat(problemsOf(() -> ShiftTypeRules.check(fullDay(breaks))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("breaks[2].latestStartOffsetMinutes", "scheduling.problem.break-window-outside-span"));
    }

    @Test
    void refusesBreaksThatNoPlacementCanKeepWithinTheLongestStretch() {
        // a single break early in a 9-hour span leaves more than 3 hours of work after it, wherever it lies
        List<BreakDetails> breaks = List.of(new BreakDetails("only break", 15, 60, 120));

        assertThat(problemsOf(() -> ShiftTypeRules.check(fullDay(breaks))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("breaks", "scheduling.problem.shift-type-unworkable"));
    }

    @Test
    void refusesWhatIsNotWholeQuarterHoursAndMorePaidThanTheSpan() {
        ShiftTypeDetails details =
                new ShiftTypeDetails("Odd", 500, 520, 20, List.of(new BreakDetails("b", 10, 95, 100)), 0, 500);

        assertThat(problemsOf(() -> ShiftTypeRules.check(details)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .contains(
                        tuple("paidMinutes", "scheduling.shift-type.paid-above-span"),
                        tuple("spanMinutes", "scheduling.problem.not-whole-intervals"),
                        tuple("startGranularityMinutes", "scheduling.problem.not-whole-intervals"),
                        tuple("breaks[0].durationMinutes", "scheduling.problem.not-whole-intervals"),
                        tuple("breaks[0].earliestStartOffsetMinutes", "scheduling.problem.not-whole-intervals"));
    }

    @Test
    void namesEveryMissingFieldAndABreakNamedTwice() {
        ShiftTypeDetails missing = new ShiftTypeDetails(
                " ", null, 480, null, Arrays.asList(new BreakDetails("b", null, 90, 150), null), 0, 240);
        assertThat(problemsOf(() -> ShiftTypeRules.check(missing)))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "name", "spanMinutes", "startGranularityMinutes", "breaks[0].durationMinutes", "breaks[1]");

        ShiftTypeDetails twice = new ShiftTypeDetails(
                "Twice",
                480,
                480,
                15,
                List.of(new BreakDetails("pause", 15, 90, 150), new BreakDetails("pause", 15, 300, 360)),
                60,
                210);
        assertThat(problemsOf(() -> ShiftTypeRules.check(twice)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("breaks[1].name", "scheduling.problem.duplicate-id"));
    }

    @Test
    void aContractNamesAShiftTypeThatDoesNotExistAndLimitsBeyondTheCores() {
        DefinedShiftType full = new DefinedShiftType(7, "Full day 8 h", 540, 480, 30, FULL_DAY_BREAKS, 60, 180, 0);
        ContractDetails details = new ContractDetails("Full-time", List.of(7L, 99L), 1, 5, 2400, 660);

        assertThat(problemsOf(() -> ContractRules.check(details, Map.of(7L, full))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("allowedShiftTypeIds[1]", "scheduling.contract.unknown-shift-type"));

        ContractDetails beyond = new ContractDetails("Too much", List.of(7L), 4, 22, 20_000, -1);
        assertThat(problemsOf(() -> ContractRules.check(beyond, Map.of(7L, full))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("maxShiftsPerDay", "scheduling.problem.out-of-range"),
                        tuple("maxShiftsPerWeek", "scheduling.problem.out-of-range"),
                        tuple("maxPaidMinutesPerWeek", "scheduling.problem.out-of-range"),
                        tuple("minRestBetweenShiftsMinutes", "scheduling.problem.out-of-range"));

        assertThat(ContractRules.check(
                        new ContractDetails("Full-time", List.of(7L, 7L), 1, 5, 2400, 660), Map.of(7L, full)))
                .containsExactly(full);
    }

    @Test
    void theFormShowsABreaksFaultOnTheRowItCameFrom() {
        ShiftTypeForm form = new ShiftTypeForm();
        ShiftTypeForm.BreakRow empty = new ShiftTypeForm.BreakRow();
        ShiftTypeForm.BreakRow lunch = new ShiftTypeForm.BreakRow();
        lunch.setName("lunch");
        lunch.setDurationMinutes(60);
        form.setBreaks(new ArrayList<>(List.of(empty, lunch)));

        assertThat(form.details().breaks()).extracting(BreakDetails::name).containsExactly("lunch");
        assertThat(form.fieldOf("breaks[0].latestStartOffsetMinutes")).isEqualTo("breaks[1].latestStartOffsetMinutes");
        assertThat(form.fieldOf("breaks")).isEqualTo("breaks");
        assertThat(form.fieldOf("spanMinutes")).isEqualTo("spanMinutes");
    }
}
