package dev.kantor.scheduling.solver;

import java.util.List;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridAgent;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Grid.Pinned;
import dev.kantor.scheduling.grid.Pattern;

/**
 * Who may still take which shift once the fixed shifts (pinned, or given out earlier) are worked:
 * the contract allows the type, the agent is available and free that day, the week has room, and
 * the rest to the fixed shifts of the day before and after is long enough. The solver gives an
 * agent at most one shift a day.
 */
final class Roster {

    final Grid grid;
    final Capacity capacity;
    /** Per agent and day: the fixed shift's start and end in absolute minutes, or null. */
    private final int[][][] fixedTimes;

    final long[] fixedPaid;
    final int[] fixedCount;

    Roster(Grid grid, List<Pinned> fixed) {
        this.grid = grid;
        this.capacity = new Capacity(grid, fixed, 1);
        this.fixedTimes = new int[grid.agents.size()][grid.dayCount()][];
        this.fixedPaid = new long[grid.agents.size()];
        this.fixedCount = new int[grid.agents.size()];
        for (Pinned pin : fixed) {
            GridType type = grid.types.get(pin.type());
            int start = grid.absoluteMinute(pin.day(), pin.startSlot());
            int end = grid.absoluteMinute(pin.day(), pin.startSlot() + type.spanSlots());
            int[] known = fixedTimes[pin.agent()][pin.day()];
            // several pinned shifts in a day: keep the earliest start and the latest end
            fixedTimes[pin.agent()][pin.day()] = known == null
                    ? new int[] {start, end}
                    : new int[] {Math.min(known[0], start), Math.max(known[1], end)};
            fixedPaid[pin.agent()] += type.paidMinutes();
            fixedCount[pin.agent()]++;
        }
    }

    GridContract contractOf(int agent) {
        return grid.contracts.get(grid.agents.get(agent).contract());
    }

    int start(Pattern p) {
        return grid.absoluteMinute(p.day(), p.start());
    }

    int end(Pattern p) {
        return grid.absoluteMinute(p.day(), p.end());
    }

    /** Whether the agent could take the shift on its own, given only the fixed shifts. */
    boolean eligible(int agent, Pattern p) {
        GridAgent a = grid.agents.get(agent);
        GridContract contract = grid.contracts.get(a.contract());
        GridType type = grid.types.get(p.type());
        int week = grid.days.get(p.day()).week();
        if (!contract.allows()[p.type()]
                || capacity.agentDay[agent][p.day()] == 0
                || capacity.agentWeekShifts[agent][week] == 0
                || capacity.agentWeekPaid[agent][week] < type.paidMinutes()) {
            return false;
        }
        int[] before = p.day() > 0 ? fixedTimes[agent][p.day() - 1] : null;
        int[] after = p.day() + 1 < grid.dayCount() ? fixedTimes[agent][p.day() + 1] : null;
        return (before == null || start(p) - before[1] >= contract.restMinutes())
                && (after == null || after[0] - end(p) >= contract.restMinutes());
    }

    /** Whether two shifts of one agent on consecutive days leave the contract's rest between them. */
    boolean restBetween(int agent, Pattern first, Pattern second) {
        return start(second) - end(first) >= contractOf(agent).restMinutes();
    }
}
