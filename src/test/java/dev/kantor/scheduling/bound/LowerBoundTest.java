package dev.kantor.scheduling.bound;

import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.problem.Problem;

import org.junit.jupiter.api.Test;

class LowerBoundTest {

    private static BoundResult boundOf(Problem problem) {
        Grid grid = new Grid(problem);
        return LowerBound.of(grid, new Patterns(grid));
    }

    @Test
    void theLinearRelaxationOfTheExampleIsProvenToWithinRounding() {
        BoundResult bound = boundOf(example());

        assertThat(bound.method()).isEqualTo("lp");
        // the repaired dual point loses almost nothing against GLOP's own optimum
        assertThat((double) bound.paidMinutes()).isGreaterThanOrEqualTo(bound.lpValue() - 1e-6);
        assertThat(bound.paidMinutes() % 240).isZero();
        System.out.println(bound);
    }

    @Test
    void aRequirementOfOneAllDayCostsAtLeastItsLength() {
        // one agent all day, 08:00-16:00: 32 intervals; the cheapest on-duty share is HALF's (no breaks)
        BoundResult bound = boundOf(week(1, "08:00", "16:00", 1, 1, 2));

        assertThat(bound.paidMinutes()).isEqualTo(480);
    }
}
