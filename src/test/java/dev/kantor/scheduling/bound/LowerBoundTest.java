package dev.kantor.scheduling.bound;

import java.util.List;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.SchedulingFixtures;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Patterns;
import dev.kantor.scheduling.problem.Problem;

import org.junit.jupiter.api.Test;

import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(bound.paidMinutes()).isEqualTo(1440);
    }

    @Test
    void staysABoundWhenColumnGenerationStopsAtOnce() {
        Problem problem = SchedulingInstances.generate(2, 12, 3, 1.3, 5);
        Grid grid = new Grid(problem);
        Patterns patterns = new Patterns(grid);

        BoundResult full = LowerBound.compute(grid, patterns, Long.MAX_VALUE).result();
        BoundResult early = LowerBound.compute(grid, patterns, 0L).result();

        // priced on a few columns only, the repaired duals still give a bound, just a weaker one
        assertThat(early.paidMinutes()).isPositive().isLessThanOrEqualTo(full.paidMinutes());
        assertThat(full.method()).isEqualTo("lp");
    }

    @Test
    void saysWhatCoveringWouldCostWhenTheRosterCannotCover() {
        Problem example = example();
        Problem oneAgent = new Problem(
                15,
                example.days(),
                example.shiftTypes(),
                example.contracts(),
                List.of(example.agents().get(0)),
                3,
                List.of());

        BoundResult bound = boundOf(oneAgent);

        assertThat(bound.method()).isEqualTo("lp-uncapacitated");
        assertThat(bound.paidMinutes()).isEqualTo(1440);
    }

    @Test
    void countsPinnedShiftsAndBoundsOnlyWhatIsLeft() {
        Problem pinned = example()
                .withPinnedShifts(
                        List.of(SchedulingFixtures.shift("eko", SchedulingFixtures.MONDAY, "HALF", "12:00", "16:00")));

        BoundResult bound = boundOf(pinned);

        assertThat(bound.paidMinutes()).isGreaterThanOrEqualTo(1440);
    }

    @Test
    void aRequirementOfOneAllDayCostsAtLeastItsLength() {
        // one agent all day, 08:00-16:00: 32 intervals; the cheapest on-duty share is HALF's (no breaks)
        BoundResult bound = boundOf(week(1, "08:00", "16:00", 1, 1, 2));

        assertThat(bound.paidMinutes()).isEqualTo(480);
    }
}
