package dev.kantor.scheduling.grid;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.SchedulingFixtures;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatternsTest {

    /** A pattern as the shift it stands for. */
    private static Shift asShift(Grid grid, Pattern p, String agent) {
        GridType type = grid.types.get(p.type());
        List<Break> breaks = new ArrayList<>();
        for (int k = 0; k < p.breakStarts().length; k++) {
            breaks.add(new Break(
                    type.breakIds()[k],
                    grid.time(p.day(), p.breakStarts()[k]),
                    grid.time(p.day(), p.breakStarts()[k] + type.breakSlots()[k])));
        }
        return new Shift(
                agent,
                grid.days.get(p.day()).date(),
                type.id(),
                grid.time(p.day(), p.start()),
                grid.time(p.day(), p.end()),
                breaks);
    }

    @Test
    void thePatternsAreExactlyTheShiftsTheCheckerAccepts() {
        Problem problem = SchedulingInstances.generate(1, 10, 1, 1.3, 10);
        Grid grid = new Grid(problem);
        Patterns patterns = new Patterns(grid);

        for (GridType type : grid.types) {
            String agent = type.id().equals("FULL") ? "agent0001" : "agent0010";
            Set<Shift> solverMayUse = new HashSet<>();
            for (Pattern p : patterns.of(0, type.index())) {
                solverMayUse.add(asShift(grid, p, agent));
            }
            // every start on the type's grid, every break start in its window: those the checker accepts
            Set<Shift> valid = new HashSet<>();
            ShiftType spec = problem.shiftTypes().get(type.index());
            Day day = problem.days().get(0);
            for (LocalTime start = day.open();
                    !start.plusMinutes(spec.spanMinutes()).isAfter(day.close())
                            && !start.plusMinutes(spec.spanMinutes()).isBefore(start);
                    start = start.plusMinutes(spec.startGranularityMinutes())) {
                collect(problem, spec, agent, day, start, 0, new ArrayList<>(), valid);
            }
            assertThat(solverMayUse).as(type.id()).isNotEmpty().isEqualTo(valid);
        }
        assertThat(patterns.complete()).isTrue();
    }

    private static void collect(
            Problem problem,
            ShiftType spec,
            String agent,
            Day day,
            LocalTime start,
            int k,
            List<Break> breaks,
            Set<Shift> valid) {
        if (k == spec.breaks().size()) {
            Shift shift = new Shift(agent, day.date(), spec.id(), start, start.plusMinutes(spec.spanMinutes()), breaks);
            if (ScheduleChecker.checkShifts(problem, List.of(shift))
                    .violations()
                    .isEmpty()) {
                valid.add(shift);
            }
            return;
        }
        BreakRule rule = spec.breaks().get(k);
        for (int offset = rule.earliestStartOffsetMinutes();
                offset <= rule.latestStartOffsetMinutes();
                offset += problem.intervalMinutes()) {
            List<Break> more = new ArrayList<>(breaks);
            LocalTime from = start.plusMinutes(offset);
            more.add(new Break(rule.id(), from, from.plusMinutes(rule.durationMinutes())));
            collect(problem, spec, agent, day, start, k + 1, more, valid);
        }
    }

    @Test
    void theExampleHasEveryPlacementOfItsBreakAndLunch() {
        Grid grid = new Grid(SchedulingFixtures.example());
        Patterns patterns = new Patterns(grid);

        // break at 90–150 minutes, lunch at 210–270; the lunch must leave at most 210 minutes to the end
        // (so it starts at 240 or later) and an hour after the break: 5 × 3 placements on the one start
        assertThat(patterns.of(0, 0)).hasSize(15);
        assertThat(patterns.of(0, 1)).hasSize(9);
    }
}
