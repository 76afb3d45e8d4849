package dev.kantor.scheduling.solver;

import static dev.kantor.scheduling.SchedulingFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;

import org.junit.jupiter.api.Test;

class ScheduleSolverTest {

    private final ScheduleSolver solver = new ScheduleSolver(new SolverSettings(5, 1, 7));

    @Test
    void solvesTheExampleWithNoShortIntervalAndNothingForTheCheckerToFind() {
        Problem example = example().withTimeLimitSeconds(5);

        Schedule schedule = solver.solve(example);

        System.out.println(ProblemJson.write(schedule));
        CheckReport report = ScheduleChecker.check(example, schedule);
        assertThat(report.violations()).isEmpty();
        assertThat(schedule.shortfalls()).isEmpty();
        assertThat(schedule.status()).isEqualTo(ScheduleStatus.SOLVED);
        assertThat(schedule.lowerBoundPaidMinutes()).isLessThanOrEqualTo(schedule.paidMinutes());
    }
}
