package dev.kantor.scheduling.solver;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.SchedulingFixtures;
import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;
import dev.kantor.scheduling.problem.Shift;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.kantor.scheduling.SchedulingFixtures.MONDAY;
import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleSolverTest {

    private final ScheduleSolver solver = new ScheduleSolver(SolverSettings.reproducible(5, 7));

    private static CheckReport checked(Problem problem, Schedule schedule) {
        CheckReport report = ScheduleChecker.check(problem, schedule);
        assertThat(report.violations()).as("violations the checker found").isEmpty();
        return report;
    }

    @Test
    void solvesTheExampleWithNoShortIntervalAndNothingForTheCheckerToFind() {
        Problem example = example();

        Schedule schedule = solver.solve(example);

        checked(example, schedule);
        assertThat(schedule.shortfalls()).isEmpty();
        assertThat(schedule.status()).isEqualTo(ScheduleStatus.SOLVED);
        assertThat(schedule.lowerBoundPaidMinutes()).isLessThanOrEqualTo(schedule.paidMinutes());
        // three agents' worth of duty at the peaks: 1,440 paid minutes is the proven least
        assertThat(schedule.paidMinutes()).isEqualTo(1440);
    }

    @Test
    void namesEveryShortIntervalWhenTheRosterCannotCover() {
        Problem example = example();
        Problem oneAgent = new Problem(
                15,
                example.days(),
                example.shiftTypes(),
                example.contracts(),
                List.of(example.agents().get(0)),
                3,
                List.of());

        Schedule schedule = solver.solve(oneAgent);

        CheckReport report = checked(oneAgent, schedule);
        assertThat(schedule.shortfalls()).isNotEmpty().isEqualTo(report.shortfalls());
        assertThat(schedule.shifts()).hasSize(1);
        // the requirement is 3 at the peak: the one agent on duty leaves 2 short there
        assertThat(schedule.shortfalls()).anySatisfy(s -> {
            assertThat(s.required()).isEqualTo(3);
            assertThat(s.onDuty()).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void keepsPinnedShiftsExactlyWhenReoptimising() {
        Problem example = example();
        Schedule first = solver.solve(example);
        // the manager moves rina to the afternoon with a shift of her own choosing, and pins it
        Shift moved = shift("rina", MONDAY, "HALF", "12:00", "16:00");
        Shift budi = shift("budi", MONDAY, "FULL", "08:00", "16:00", "break@10:15-10:30", "lunch@12:15-12:45");
        Problem pinned = example.withPinnedShifts(List.of(moved, budi));

        Schedule again = solver.solve(pinned);

        checked(pinned, again);
        assertThat(again.shifts()).contains(moved, budi);
        assertThat(again.shortfalls()).isEmpty();
        assertThat(again.paidMinutes()).isGreaterThanOrEqualTo(first.paidMinutes());
        assertThat(again.lowerBoundPaidMinutes()).isLessThanOrEqualTo(again.paidMinutes());
    }

    @Test
    void leavesAnIntervalShortRatherThanBreakTheRestBetweenShifts() {
        // one agent; Monday needs someone until 22:00, Tuesday from 07:00: 9 hours apart, 11 required
        LocalTime open = LocalTime.of(7, 0);
        LocalTime close = LocalTime.of(22, 0);
        List<Integer> late = new ArrayList<>(Collections.nCopies(60, 0));
        List<Integer> early = new ArrayList<>(Collections.nCopies(60, 0));
        late.set(59, 1);
        early.set(0, 1);
        Problem problem = new Problem(
                15,
                List.of(new Day(MONDAY, open, close, late), new Day(MONDAY.plusDays(1), open, close, early)),
                List.of(example().shiftTypes().get(1)),
                List.of(new Contract("PT", List.of("HALF"), 1, 5, 1200, 660)),
                List.of(new Agent("eko", "PT", List.of())),
                3,
                List.of());

        Schedule schedule = solver.solve(problem);

        checked(problem, schedule);
        assertThat(schedule.shifts()).hasSize(1);
        assertThat(schedule.shortfalls()).hasSize(1);
    }

    @Test
    void neverGivesAnAgentMoreThanTheContractAllowsEvenWhenShort() {
        // a week needing one agent from 08:00 to 16:00 every day, and two full-timers of five shifts each
        Problem week = SchedulingFixtures.week(7, "08:00", "16:00", 1, 2, 0);
        Problem fullTimersOnly = new Problem(
                15,
                week.days(),
                week.shiftTypes(),
                week.contracts(),
                week.agents().subList(0, 2),
                2,
                List.of());

        Schedule schedule = solver.solve(fullTimersOnly);

        checked(fullTimersOnly, schedule);
        assertThat(schedule.shifts()).hasSize(10);
        assertThat(schedule.shortfalls()).isNotEmpty();
    }

    @Test
    void answersWithEveryIntervalShortWhenNobodyIsOnTheRoster() {
        Problem example = example();
        Problem nobody =
                new Problem(15, example.days(), example.shiftTypes(), example.contracts(), List.of(), 2, List.of());

        Schedule schedule = solver.solve(nobody);

        checked(nobody, schedule);
        assertThat(schedule.shifts()).isEmpty();
        assertThat(schedule.shortfalls()).hasSize(32);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void keepsEveryRuleAndItsBoundOnGeneratedProblems(long seed) {
        Problem problem = SchedulingInstances.generate(3, 9, seed, 1.3, 2);

        Schedule schedule = solver.solve(problem);

        checked(problem, schedule);
        if (schedule.shortfalls().isEmpty()) {
            assertThat(schedule.lowerBoundPaidMinutes()).isLessThanOrEqualTo(schedule.paidMinutes());
        }
        assertThat(schedule.lowerBoundPaidMinutes()).isPositive();
    }

    @Test
    void reportsBetterSchedulesWhileItSolves() {
        List<Schedule> reported = new CopyOnWriteArrayList<>();

        Schedule last = solver.solve(example(), reported::add, new StopSignal());

        assertThat(reported).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(ScheduleStatus.SOLVING));
        for (int i = 1; i < reported.size(); i++) {
            Schedule before = reported.get(i - 1);
            Schedule after = reported.get(i);
            assertThat(after.shortAgentIntervals() < before.shortAgentIntervals()
                            || after.shortAgentIntervals() == before.shortAgentIntervals()
                                    && after.paidMinutes() <= before.paidMinutes())
                    .isTrue();
        }
        assertThat(last.shifts()).isEqualTo(reported.get(reported.size() - 1).shifts());
    }

    @Test
    void stopsFromAnotherThreadWithTheBestScheduleSoFar() throws Exception {
        Problem problem = SchedulingInstances.generate(7, 40, 5, 1.3, 120);
        StopSignal stop = new StopSignal();
        CountDownLatch firstReport = new CountDownLatch(1);
        long started = System.nanoTime();
        CompletableFuture<Schedule> solving =
                CompletableFuture.supplyAsync(() -> new ScheduleSolver(new SolverSettings(120, 1, 3, false))
                        .solve(problem, best -> firstReport.countDown(), stop));

        assertThat(firstReport.await(60, TimeUnit.SECONDS)).isTrue();
        stop.stop();
        Schedule schedule = solving.get(30, TimeUnit.SECONDS);

        assertThat(schedule.status()).isEqualTo(ScheduleStatus.STOPPED);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(90);
        CheckReport report = ScheduleChecker.check(problem, schedule);
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void stopsASearchUnderWayWithinMoments() throws Exception {
        Problem problem = SchedulingInstances.generate(7, 100, 9, 1.3, 300);
        StopSignal stop = new StopSignal();
        CountDownLatch firstSchedule = new CountDownLatch(2);
        CompletableFuture<Schedule> solving =
                CompletableFuture.supplyAsync(() -> new ScheduleSolver(new SolverSettings(300, 1, 3, false))
                        .solve(problem, best -> firstSchedule.countDown(), stop));
        // the empty schedule, then the rounded LP's: the CP-SAT searches start right after
        assertThat(firstSchedule.await(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(1000);
        Assumptions.assumeFalse(solving.isDone(), "the solve finished before it could be stopped");

        long stopped = System.nanoTime();
        stop.stop();
        Schedule schedule = solving.get(60, TimeUnit.SECONDS);

        assertThat((System.nanoTime() - stopped) / 1e9).isLessThan(5);
        assertThat(schedule.status()).isEqualTo(ScheduleStatus.STOPPED);
        assertThat(ScheduleChecker.check(problem, schedule).violations()).isEmpty();
    }

    @Test
    void solvesSeveralProblemsAtOnce() throws Exception {
        Problem example = example();
        ScheduleSolver shared = new ScheduleSolver(SolverSettings.reproducible(5, 7));
        List<CompletableFuture<Schedule>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> shared.solve(example)));
        }

        for (CompletableFuture<Schedule> run : runs) {
            Schedule schedule = run.get(60, TimeUnit.SECONDS);
            checked(example, schedule);
            assertThat(schedule.paidMinutes()).isEqualTo(1440);
            assertThat(schedule.shortfalls()).isEmpty();
        }
    }

    @Test
    void givesTheSameScheduleForTheSameSeed() {
        Problem problem = SchedulingInstances.generate(2, 8, 21, 1.3, 2);

        Schedule once = solver.solve(problem);
        Schedule twice = solver.solve(problem);

        assertThat(twice.shifts()).isEqualTo(once.shifts());
    }

    @Test
    void refusesABadProblemNamingItsIssues() {
        Problem bad = example().withTimeLimitSeconds(0);

        assertThatThrownBy(() -> solver.solve(bad))
                .isInstanceOf(InvalidProblemException.class)
                .satisfies(e -> assertThat(((InvalidProblemException) e).issues())
                        .contains(new ProblemIssue("timeLimitSeconds", "scheduling.problem.out-of-range")));
    }
}
