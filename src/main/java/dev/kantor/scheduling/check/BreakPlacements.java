package dev.kantor.scheduling.check;

import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.ShiftType;

/** Whether a shift type's breaks can be placed at all: in order, in their windows, with the gaps it asks. */
final class BreakPlacements {

    private final ShiftType type;
    private final int step;
    /** Per break and minute the work resumed: 0 unknown, 1 the rest can be placed, 2 it cannot. */
    private final byte[][] known;

    private BreakPlacements(ShiftType type, int step) {
        this.type = type;
        this.step = step;
        this.known = new byte[type.breaks().size() + 1][type.spanMinutes() + 1];
    }

    static boolean workable(ShiftType type, int step) {
        return new BreakPlacements(type, step).place(0, 0);
    }

    private boolean place(int k, int workFrom) {
        if (k == type.breaks().size()) {
            return type.spanMinutes() - workFrom <= type.maxContinuousWorkMinutes();
        }
        if (known[k][workFrom] != 0) {
            return known[k][workFrom] == 1;
        }
        boolean found = false;
        BreakRule rule = type.breaks().get(k);
        for (int start = rule.earliestStartOffsetMinutes();
                !found && start <= rule.latestStartOffsetMinutes();
                start += step) {
            int work = start - workFrom;
            if (work < 0 || (k > 0 && work < type.minWorkBetweenBreaksMinutes())) {
                continue;
            }
            if (work > type.maxContinuousWorkMinutes()) {
                break;
            }
            found = start + rule.durationMinutes() <= type.spanMinutes()
                    && place(k + 1, start + rule.durationMinutes());
        }
        known[k][workFrom] = (byte) (found ? 1 : 2);
        return found;
    }
}
