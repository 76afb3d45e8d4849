package dev.kantor.scheduling.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.ShiftType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.kantor.scheduling.SchedulingFixtures.MONDAY;
import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.exampleJson;
import static dev.kantor.scheduling.SchedulingFixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemValidatorTest {

    @Test
    void acceptsTheReadmeExampleAsItIs() {
        ProblemRead read = ProblemValidator.readAndValidate(exampleJson());

        assertThat(read.issues()).isEmpty();
        assertThat(read.problem().agents()).hasSize(6);
        assertThat(read.problem().shiftTypes().get(0).breaks()).hasSize(2);
    }

    private static UnaryOperator<Problem> type(int index, UnaryOperator<ShiftType> change) {
        return p -> {
            List<ShiftType> types = new ArrayList<>(p.shiftTypes());
            types.set(index, change.apply(types.get(index)));
            return new Problem(
                    p.intervalMinutes(),
                    p.days(),
                    types,
                    p.contracts(),
                    p.agents(),
                    p.timeLimitSeconds(),
                    p.pinnedShifts());
        };
    }

    private static UnaryOperator<Problem> day(int index, UnaryOperator<Day> change) {
        return p -> {
            List<Day> days = new ArrayList<>(p.days());
            days.set(index, change.apply(days.get(index)));
            return new Problem(
                    p.intervalMinutes(),
                    days,
                    p.shiftTypes(),
                    p.contracts(),
                    p.agents(),
                    p.timeLimitSeconds(),
                    p.pinnedShifts());
        };
    }

    private static UnaryOperator<Problem> secondBreakOfFull(BreakRule rule) {
        return type(
                0,
                t -> new ShiftType(
                        t.id(),
                        t.spanMinutes(),
                        t.paidMinutes(),
                        t.startGranularityMinutes(),
                        List.of(t.breaks().get(0), rule),
                        t.minWorkBetweenBreaksMinutes(),
                        t.maxContinuousWorkMinutes()));
    }

    private static UnaryOperator<Problem> contracts(List<Contract> contracts) {
        return p -> new Problem(
                p.intervalMinutes(),
                p.days(),
                p.shiftTypes(),
                contracts,
                p.agents(),
                p.timeLimitSeconds(),
                p.pinnedShifts());
    }

    private static UnaryOperator<Problem> agents(List<Agent> agents) {
        return p -> new Problem(
                p.intervalMinutes(),
                p.days(),
                p.shiftTypes(),
                p.contracts(),
                agents,
                p.timeLimitSeconds(),
                p.pinnedShifts());
    }

    private static Day secondDay(Problem p, int plusDays) {
        Day first = p.days().get(0);
        return new Day(first.date().plusDays(plusDays), first.open(), first.close(), first.required());
    }

    static Stream<Arguments> badProblems() {
        Problem example = example();
        List<Agent> manyAgents = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            manyAgents.add(new Agent("a" + i, "FT", List.of()));
        }
        List<ShiftType> manyTypes = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            manyTypes.add(new ShiftType("T" + i, 240, 240, 30, List.of(), 0, 240));
        }
        List<Day> manyDays = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            manyDays.add(secondDay(example, i));
        }
        return Stream.of(
                Arguments.of(
                        "break window past the shift's end",
                        secondBreakOfFull(new BreakRule("lunch", 30, 210, 465)),
                        "shiftTypes[0].breaks[1].latestStartOffsetMinutes",
                        "scheduling.problem.break-window-outside-span"),
                Arguments.of(
                        "break window the wrong way round",
                        secondBreakOfFull(new BreakRule("lunch", 30, 270, 210)),
                        "shiftTypes[0].breaks[1].latestStartOffsetMinutes",
                        "scheduling.problem.break-window-reversed"),
                Arguments.of(
                        "breaks that cannot all be placed",
                        type(
                                0,
                                t -> new ShiftType(
                                        t.id(),
                                        t.spanMinutes(),
                                        t.paidMinutes(),
                                        t.startGranularityMinutes(),
                                        t.breaks(),
                                        t.minWorkBetweenBreaksMinutes(),
                                        100)),
                        "shiftTypes[0].breaks",
                        "scheduling.problem.shift-type-unworkable"),
                Arguments.of(
                        "a shift longer than the opening hours",
                        type(1, t -> new ShiftType(t.id(), 600, 600, 30, List.of(), 0, 600)),
                        "shiftTypes[1].spanMinutes",
                        "scheduling.problem.shift-longer-than-opening-hours"),
                Arguments.of(
                        "a requirement of the wrong length",
                        day(
                                0,
                                d -> new Day(
                                        d.date(),
                                        d.open(),
                                        d.close(),
                                        d.required().subList(0, 31))),
                        "days[0].required",
                        "scheduling.problem.required-wrong-length"),
                Arguments.of(
                        "a negative requirement",
                        day(0, d -> {
                            List<Integer> required = new ArrayList<>(d.required());
                            required.set(3, -1);
                            return new Day(d.date(), d.open(), d.close(), required);
                        }),
                        "days[0].required[3]",
                        "scheduling.problem.out-of-range"),
                Arguments.of(
                        "an absurd requirement",
                        day(0, d -> new Day(d.date(), d.open(), d.close(), Collections.nCopies(32, 1_000_000))),
                        "days[0].required[0]",
                        "scheduling.problem.out-of-range"),
                Arguments.of(
                        "closing before opening",
                        day(0, d -> new Day(d.date(), d.close(), d.open(), d.required())),
                        "days[0].close",
                        "scheduling.problem.close-not-after-open"),
                Arguments.of(
                        "an unknown shift type in a contract",
                        contracts(List.of(
                                new Contract("FT", List.of("FULL", "NIGHT"), 1, 5, 2400, 660),
                                example.contracts().get(1))),
                        "contracts[0].allowedShiftTypes[1]",
                        "scheduling.problem.unknown-shift-type"),
                Arguments.of(
                        "an unknown contract",
                        agents(List.of(new Agent("dewi", "TEMP", List.of()))),
                        "agents[0].contract",
                        "scheduling.problem.unknown-contract"),
                Arguments.of(
                        "a negative weekly limit",
                        contracts(List.of(
                                new Contract("FT", List.of("FULL"), 1, -5, 2400, 660),
                                example.contracts().get(1))),
                        "contracts[0].maxShiftsPerWeek",
                        "scheduling.problem.out-of-range"),
                Arguments.of(
                        "a paid week longer than a week",
                        contracts(List.of(
                                new Contract("FT", List.of("FULL"), 1, 5, 99_999, 660),
                                example.contracts().get(1))),
                        "contracts[0].maxPaidMinutesPerWeek",
                        "scheduling.problem.out-of-range"),
                Arguments.of(
                        "dates that are not consecutive",
                        (UnaryOperator<Problem>) p -> new Problem(
                                15,
                                List.of(p.days().get(0), secondDay(p, 2)),
                                p.shiftTypes(),
                                p.contracts(),
                                p.agents(),
                                null,
                                List.of()),
                        "days[1].date",
                        "scheduling.problem.dates-not-consecutive"),
                Arguments.of(
                        "an interval that does not divide the day",
                        (UnaryOperator<Problem>) p ->
                                new Problem(7, p.days(), p.shiftTypes(), p.contracts(), p.agents(), null, List.of()),
                        "intervalMinutes",
                        "scheduling.problem.interval-not-dividing-day"),
                Arguments.of(
                        "a duplicate agent",
                        agents(List.of(new Agent("dewi", "FT", List.of()), new Agent("dewi", "PT", List.of()))),
                        "agents[1].id",
                        "scheduling.problem.duplicate-id"),
                Arguments.of(
                        "more than 2,000 agents", agents(manyAgents), "agents", "scheduling.problem.too-many-agents"),
                Arguments.of(
                        "more than 50 shift types",
                        (UnaryOperator<Problem>)
                                p -> new Problem(15, p.days(), manyTypes, p.contracts(), p.agents(), null, List.of()),
                        "shiftTypes",
                        "scheduling.problem.too-many-shift-types"),
                Arguments.of(
                        "more than 31 days",
                        (UnaryOperator<Problem>) p ->
                                new Problem(15, manyDays, p.shiftTypes(), p.contracts(), p.agents(), null, List.of()),
                        "days",
                        "scheduling.problem.too-many-days"),
                Arguments.of(
                        "a time limit of a day",
                        (UnaryOperator<Problem>) p -> p.withTimeLimitSeconds(86_400),
                        "timeLimitSeconds",
                        "scheduling.problem.out-of-range"),
                Arguments.of(
                        "a pinned shift of nobody",
                        (UnaryOperator<Problem>)
                                p -> p.withPinnedShifts(List.of(shift("nobody", MONDAY, "HALF", "08:00", "12:00"))),
                        "pinnedShifts[0].agent",
                        "scheduling.problem.unknown-agent"),
                Arguments.of(
                        "a pinned shift that breaks a rule",
                        (UnaryOperator<Problem>)
                                p -> p.withPinnedShifts(List.of(shift("eko", MONDAY, "HALF", "08:15", "12:15"))),
                        "pinnedShifts[0]",
                        "scheduling.problem.pinned-shift-breaks-rule"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProblems")
    void refusesABadProblemNamingTheField(String what, UnaryOperator<Problem> spoil, String field, String key) {
        List<ProblemIssue> issues = ProblemValidator.validate(spoil.apply(example()));

        assertThat(issues).contains(new ProblemIssue(field, key));
    }

    static Stream<Arguments> badJson() {
        String example = exampleJson();
        return Stream.of(
                Arguments.of("not JSON", "{\"days\": [", "", "scheduling.problem.malformed-json"),
                Arguments.of("a list where an object belongs", "[]", "", "scheduling.problem.not-an-object"),
                Arguments.of(
                        "a time that is not a time",
                        example.replace("\"16:00\"", "\"25:00\""),
                        "days[0].close",
                        "scheduling.problem.not-a-time"),
                Arguments.of(
                        "a date that is not a date",
                        example.replace("\"2026-03-02\",\n   \"open\"", "\"2026-02-30\",\n   \"open\""),
                        "days[0].date",
                        "scheduling.problem.not-a-date"),
                Arguments.of(
                        "text where a number belongs",
                        example.replace("\"spanMinutes\": 480", "\"spanMinutes\": \"eight hours\""),
                        "shiftTypes[0].spanMinutes",
                        "scheduling.problem.not-a-number"),
                Arguments.of(
                        "a fraction where a whole number belongs",
                        example.replace("\"spanMinutes\": 480", "\"spanMinutes\": 480.5"),
                        "shiftTypes[0].spanMinutes",
                        "scheduling.problem.not-a-whole-number"),
                Arguments.of(
                        "a missing field",
                        example.replace("\"maxShiftsPerWeek\": 5,", ""),
                        "contracts[0].maxShiftsPerWeek",
                        "scheduling.problem.missing"),
                Arguments.of(
                        "a number too large for any field",
                        example.replace("\"spanMinutes\": 480", "\"spanMinutes\": 99999999999"),
                        "shiftTypes[0].spanMinutes",
                        "scheduling.problem.out-of-range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void refusesBadJsonNamingTheFieldWithoutThrowing(String what, String json, String field, String key) {
        ProblemRead read = ProblemValidator.readAndValidate(json);

        assertThat(read.problem()).isNull();
        assertThat(read.issues()).contains(new ProblemIssue(field, key));
    }

    @Test
    void refusesAProblemBuiltWithNullsInsteadOfThrowing() {
        Problem nulls = new Problem(15, Collections.singletonList(null), null, null, null, null, null);

        assertThat(ProblemValidator.validate(nulls)).isNotEmpty();
        assertThat(ProblemValidator.validate(null)).isNotEmpty();
    }
}
