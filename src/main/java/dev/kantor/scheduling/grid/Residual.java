package dev.kantor.scheduling.grid;

import dev.kantor.scheduling.grid.Grid.GridDay;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Grid.Pinned;

/** The requirement left once fixed shifts are on duty, and what they cost. */
public final class Residual {

    public final int[][] required;
    /** What the fixed shifts cost. */
    public final long pinnedPaid;

    public Residual(Grid grid) {
        this(grid, grid.pinned);
    }

    /** The requirement left once {@code fixed} (pinned shifts and any already given out) are on duty. */
    public Residual(Grid grid, java.util.List<Pinned> fixed) {
        required = new int[grid.dayCount()][];
        for (GridDay day : grid.days) {
            required[day.index()] = day.required().clone();
        }
        long paid = 0;
        for (Pinned pin : fixed) {
            GridType type = grid.types.get(pin.type());
            paid += type.paidMinutes();
            boolean[] duty = new boolean[type.spanSlots()];
            java.util.Arrays.fill(duty, true);
            for (int k = 0; k < pin.breakStartSlots().length; k++) {
                for (int s = 0; s < type.breakSlots()[k]; s++) {
                    int at = pin.breakStartSlots()[k] - pin.startSlot() + s;
                    if (at >= 0 && at < duty.length) {
                        duty[at] = false;
                    }
                }
            }
            int[] row = required[pin.day()];
            for (int s = 0; s < duty.length; s++) {
                int slot = pin.startSlot() + s;
                if (duty[s] && slot >= 0 && slot < row.length && row[slot] > 0) {
                    row[slot]--;
                }
            }
        }
        pinnedPaid = paid;
    }
}
