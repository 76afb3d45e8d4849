package dev.kantor.scheduling.grid;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.problem.Problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityTest {

    @Test
    void countsOnlyThePaidMinutesWholeShiftsCanReach() {
        // part-timers: at most 1,500 minutes and five shifts a week, of 6-hour (360) and 4-hour (240) shifts
        Problem week = SchedulingInstances.generate(7, 10, 1, 1.3, 5);
        Grid grid = new Grid(week);
        int partTimer = grid.agentIndex("agent0010");

        Capacity capacity = new Capacity(grid, 1);

        // 4 × 360 = 2 × 360 + 3 × 240 = 1,440: no mix of whole shifts is paid more within 1,500
        assertThat(capacity.agentWeekPaid[partTimer][0]).isEqualTo(1440);
        int fullTimer = grid.agentIndex("agent0001");
        assertThat(capacity.agentWeekPaid[fullTimer][0]).isEqualTo(2400);
    }

    @Test
    void countsOnlyTheShiftsThePaidMinutesAllow() {
        Problem week = SchedulingInstances.generate(7, 10, 1, 1.3, 5);
        Problem shortWeeks = new Problem(
                15,
                week.days(),
                week.shiftTypes(),
                java.util.List.of(
                        new dev.kantor.scheduling.problem.Contract("FT", java.util.List.of("FULL"), 1, 5, 2000, 660),
                        week.contracts().get(1)),
                week.agents(),
                5,
                java.util.List.of());
        Grid grid = new Grid(shortWeeks);

        Capacity capacity = new Capacity(grid, 1);

        // 2,000 minutes of 8-hour shifts: four shifts, 1,920 minutes
        int fullTimer = grid.agentIndex("agent0001");
        assertThat(capacity.agentWeekShifts[fullTimer][0]).isEqualTo(4);
        assertThat(capacity.agentWeekPaid[fullTimer][0]).isEqualTo(1920);
    }
}
