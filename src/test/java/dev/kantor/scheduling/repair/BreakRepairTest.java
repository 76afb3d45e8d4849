package dev.kantor.scheduling.repair;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.repair.BreakRepair.DayShift;
import dev.kantor.scheduling.repair.BreakRepair.Request;
import dev.kantor.scheduling.repair.BreakRepair.Result;
import dev.kantor.scheduling.repair.BreakRepair.TimeOff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.kantor.scheduling.SchedulingFixtures.MONDAY;
import static dev.kantor.scheduling.SchedulingFixtures.SPLIT;
import static dev.kantor.scheduling.SchedulingFixtures.at;
import static dev.kantor.scheduling.SchedulingFixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class BreakRepairTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** Open 08:00–16:00 needing {@code required} agents throughout; agents a, b, c, d work SPLIT shifts. */
    private static Problem day(int required) {
        return new Problem(
                15,
                List.of(new Day(MONDAY, at("08:00"), at("16:00"), Collections.nCopies(32, required))),
                List.of(SPLIT),
                List.of(new Contract("FT", List.of("SPLIT"), 1, 5, 3000, 660)),
                List.of("a", "b", "c", "d", "e", "f").stream()
                        .map(id -> new Agent(id, "FT", List.of()))
                        .toList(),
                5,
                List.of());
    }

    /** a and b lunch at noon, c and d at half past: covered with four, short at noon once d is gone. */
    private static List<Shift> published() {
        return List.of(
                shift("a", MONDAY, "SPLIT", "08:00", "16:00", "b1@09:00-09:15", "b2@12:00-12:30"),
                shift("b", MONDAY, "SPLIT", "08:00", "16:00", "b1@09:00-09:15", "b2@12:00-12:30"),
                shift("c", MONDAY, "SPLIT", "08:00", "16:00", "b1@10:00-10:15", "b2@12:30-13:00"),
                shift("d", MONDAY, "SPLIT", "08:00", "16:00", "b1@10:00-10:15", "b2@12:30-13:00"));
    }

    private static List<DayShift> free(List<Shift> shifts) {
        return shifts.stream().map(s -> new DayShift(s, false)).toList();
    }

    private static TimeOff restOfDay(String agent, String from) {
        return new TimeOff(agent, at(from), LocalTime.MIDNIGHT);
    }

    @Test
    void movesABreakThatHasNotStartedToRestoreCoverage() {
        Result result = BreakRepair.repair(
                new Request(day(2), MONDAY, at("10:00"), free(published()), List.of(restOfDay("d", "10:00")), LIMIT));

        assertThat(result.shortBefore()).isEqualTo(2);
        assertThat(result.shortAfter()).isZero();
        assertThat(result.moves()).hasSize(1);
        assertThat(result.moves().get(0).fromStart()).isEqualTo(at("12:00"));
        assertThat(result.intervals().get(0).start()).isEqualTo(at("10:00"));
    }

    @Test
    void keepsEveryOtherShiftAndGivesTheAbsentPersonNoRemainingTime() {
        Result result = BreakRepair.repair(
                new Request(day(2), MONDAY, at("10:00"), free(published()), List.of(restOfDay("d", "10:00")), LIMIT));

        for (BreakRepair.Repaired repaired : result.shifts()) {
            if (repaired.before().agent().equals("d")) {
                assertThat(repaired.after().end()).isEqualTo(at("10:00"));
                assertThat(repaired.after().breaks()).isEmpty();
            } else {
                assertThat(repaired.after().start()).isEqualTo(repaired.before().start());
                assertThat(repaired.after().end()).isEqualTo(repaired.before().end());
                assertThat(repaired.after().shiftType())
                        .isEqualTo(repaired.before().shiftType());
            }
        }
    }

    @Test
    void removesTheShiftOfSomeoneAwayFromItsStart() {
        Result result = BreakRepair.repair(
                new Request(day(2), MONDAY, at("07:00"), free(published()), List.of(restOfDay("d", "07:30")), LIMIT));

        assertThat(result.shifts().get(3).removed()).isTrue();
        assertThat(result.shortAfter()).isLessThanOrEqualTo(result.shortBefore());
    }

    @Test
    void removesTheShiftOfSomeoneAwayAllDay() {
        Result result = BreakRepair.repair(new Request(
                day(2),
                MONDAY,
                at("07:00"),
                free(published()),
                List.of(new TimeOff("d", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                LIMIT));

        assertThat(result.shifts().get(3).removed()).isTrue();
    }

    @Test
    void keepsTheShiftOfSomeoneAwayForAStretchButCountsThemOffDutyThen() {
        Result result = BreakRepair.repair(new Request(
                day(2),
                MONDAY,
                at("08:00"),
                free(published()),
                List.of(new TimeOff("d", at("10:30"), at("11:00"))),
                LIMIT));

        Shift d = result.shifts().get(3).after();
        assertThat(List.of(d.start(), d.end())).isEqualTo(List.of(at("08:00"), at("16:00")));
        assertThat(result.intervals())
                .filteredOn(i -> i.start().equals(at("10:30")) || i.start().equals(at("10:45")))
                .extracting(BreakRepair.Interval::before)
                .containsExactly(3, 3);
    }

    @Test
    void leavesBreaksThatStartedWhereTheyAre() {
        Result result = BreakRepair.repair(
                new Request(day(2), MONDAY, at("12:05"), free(published()), List.of(restOfDay("d", "10:00")), LIMIT));

        assertThat(result.moves()).noneMatch(move -> move.fromStart().isBefore(at("12:05")));
        assertThat(result.intervals().get(0).start()).isEqualTo(at("12:00"));
        assertThat(result.shortAfter()).isEqualTo(2);
    }

    @Test
    void leavesTheBreaksOfHandPinnedShiftsWhereTheyAre() {
        List<DayShift> shifts = new ArrayList<>();
        for (Shift shift : published()) {
            shifts.add(new DayShift(
                    shift, shift.agent().equals("a") || shift.agent().equals("b")));
        }
        Result result = BreakRepair.repair(
                new Request(day(2), MONDAY, at("10:00"), shifts, List.of(restOfDay("d", "10:00")), LIMIT));

        assertThat(result.moves())
                .noneMatch(move -> move.agent().equals("a") || move.agent().equals("b"));
        assertThat(result.shortAfter()).isEqualTo(2);
    }

    @Test
    void movesNothingWhenNothingIsShort() {
        Result result =
                BreakRepair.repair(new Request(day(2), MONDAY, at("10:00"), free(published()), List.of(), LIMIT));

        assertThat(result.moves()).isEmpty();
        assertThat(result.shifts()).noneMatch(BreakRepair.Repaired::changed);
    }

    @Test
    void namesTheSameRepairWithTheSameFingerprint() {
        Request request =
                new Request(day(2), MONDAY, at("10:00"), free(published()), List.of(restOfDay("d", "10:00")), LIMIT);
        Request otherwise =
                new Request(day(2), MONDAY, at("10:00"), free(published()), List.of(restOfDay("c", "10:00")), LIMIT);

        assertThat(BreakRepair.repair(request).fingerprint())
                .isEqualTo(BreakRepair.repair(request).fingerprint())
                .isNotEqualTo(BreakRepair.repair(otherwise).fingerprint());
    }

    /**
     * Random days: whatever the requirement, the breaks and who is away from when, the repair keeps
     * every other shift's agent, type and hours, moves no break that started, leaves the absent
     * person no time after they went, breaks no rule of the shift types, and leaves no interval
     * shorter than before.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void repairsRandomDaysWithoutMakingAnyIntervalWorse(long seed) {
        Random random = new Random(seed);
        List<Integer> required =
                IntStream.range(0, 32).mapToObj(i -> 1 + random.nextInt(4)).toList();
        Problem problem = day(2);
        problem = new Problem(
                15,
                List.of(new Day(MONDAY, at("08:00"), at("16:00"), required)),
                problem.shiftTypes(),
                problem.contracts(),
                problem.agents(),
                5,
                List.of());
        List<Shift> shifts = new ArrayList<>();
        for (String agent : List.of("a", "b", "c", "d", "e", "f")) {
            Shift plain = shift(agent, MONDAY, "SPLIT", "08:00", "16:00", "b1@09:00-09:15", "b2@10:30-11:00");
            // the first placement is the one given, which breaks the longest stretch: take one of the others
            List<List<Break>> placements = BreakRepair.placements(plain, SPLIT, 15, 0);
            shifts.add(new Shift(
                    agent,
                    MONDAY,
                    "SPLIT",
                    plain.start(),
                    plain.end(),
                    placements.get(1 + random.nextInt(placements.size() - 1))));
        }
        String absent = List.of("a", "b", "c", "d", "e", "f").get(random.nextInt(6));
        LocalTime now = at("08:00").plusMinutes(5L * random.nextInt(96));
        LocalTime away = now.plusMinutes(15L * random.nextInt(8));

        Result result = BreakRepair.repair(
                new Request(problem, MONDAY, now, free(shifts), List.of(restOfDay(absent, away.toString())), LIMIT));

        for (BreakRepair.Repaired repaired : result.shifts()) {
            Shift before = repaired.before();
            if (before.agent().equals(absent)) {
                assertThat(repaired.removed() || !repaired.after().end().isAfter(away))
                        .isTrue();
                continue;
            }
            Shift after = repaired.after();
            assertThat(List.of(after.agent(), after.shiftType(), after.start(), after.end()))
                    .isEqualTo(List.of(before.agent(), before.shiftType(), before.start(), before.end()));
            for (int k = 0; k < before.breaks().size(); k++) {
                if (before.breaks().get(k).start().isBefore(now)) {
                    assertThat(after.breaks().get(k)).isEqualTo(before.breaks().get(k));
                } else {
                    assertThat(after.breaks().get(k).start()).isAfterOrEqualTo(now);
                }
            }
        }
        List<Shift> others = result.shifts().stream()
                .filter(r -> !r.before().agent().equals(absent))
                .map(BreakRepair.Repaired::after)
                .toList();
        Set<String> broken = ScheduleChecker.checkShifts(problem, others).violations().stream()
                .map(v -> v.kind() + " " + v.agent())
                .collect(Collectors.toSet());
        assertThat(broken).isEmpty();
        for (BreakRepair.Interval interval : result.intervals()) {
            assertThat(interval.shortAfter())
                    .as("short at %s", interval.start())
                    .isLessThanOrEqualTo(interval.shortBefore());
        }
    }
}
