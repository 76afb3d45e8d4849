package dev.kantor.scheduling.grid;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.scheduling.grid.Grid.GridDay;
import dev.kantor.scheduling.grid.Grid.GridType;

/**
 * Every pattern a day allows: each start on the type's grid inside opening hours, times each
 * placement of its breaks in order, inside their windows, with the work between them and the
 * longest stretch the type asks. Placements are found once per type and shifted along the day.
 */
public final class Patterns {

    /** More placements than this per type and the solver samples them; the bound then knows it. */
    public static final int MAX_PLACEMENTS = 2_000;

    private final List<List<List<Pattern>>> byDayAndType = new ArrayList<>();
    private final boolean complete;

    public Patterns(Grid grid) {
        boolean all = true;
        List<List<int[]>> placements = new ArrayList<>();
        for (GridType type : grid.types) {
            List<int[]> found = new ArrayList<>();
            place(grid.step, type, 0, 0, new int[type.breakCount()], found);
            if (found.size() > MAX_PLACEMENTS) {
                all = false;
                List<int[]> sample = new ArrayList<>();
                double every = found.size() / (double) MAX_PLACEMENTS;
                for (int i = 0; i < MAX_PLACEMENTS; i++) {
                    sample.add(found.get((int) (i * every)));
                }
                found = sample;
            }
            placements.add(found);
        }
        this.complete = all;
        for (GridDay day : grid.days) {
            List<List<Pattern>> perType = new ArrayList<>();
            for (GridType type : grid.types) {
                List<Pattern> list = new ArrayList<>();
                for (int start = 0; start + type.spanSlots() <= day.slots(); start += type.granularitySlots()) {
                    for (int[] offsets : placements.get(type.index())) {
                        list.add(pattern(day.index(), type, start, offsets));
                    }
                }
                perType.add(list);
            }
            byDayAndType.add(perType);
        }
    }

    /** Every break placement, as offsets in slots from the shift's start. */
    private static void place(int step, GridType type, int k, int workFrom, int[] offsets, List<int[]> found) {
        if (k == type.breakCount()) {
            if ((type.spanSlots() - workFrom) * step <= type.maxWorkMinutes()) {
                found.add(offsets.clone());
            }
            return;
        }
        for (int offset = type.earliestSlot()[k]; offset <= type.latestSlot()[k]; offset++) {
            int work = (offset - workFrom) * step;
            if (offset < workFrom || (k > 0 && work < type.minWorkMinutes())) {
                continue;
            }
            if (work > type.maxWorkMinutes()) {
                break;
            }
            if (offset + type.breakSlots()[k] > type.spanSlots()) {
                break;
            }
            offsets[k] = offset;
            place(step, type, k + 1, offset + type.breakSlots()[k], offsets, found);
            if (found.size() > MAX_PLACEMENTS * 50) {
                return;
            }
        }
    }

    private static Pattern pattern(int day, GridType type, int start, int[] offsets) {
        boolean[] duty = new boolean[type.spanSlots()];
        java.util.Arrays.fill(duty, true);
        int[] breakStarts = new int[offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            breakStarts[k] = start + offsets[k];
            for (int s = 0; s < type.breakSlots()[k]; s++) {
                duty[offsets[k] + s] = false;
            }
        }
        int work = 0;
        for (boolean b : duty) {
            work += b ? 1 : 0;
        }
        return new Pattern(day, type.index(), start, start + type.spanSlots(), breakStarts, duty, work);
    }

    /** The patterns of one type on one day. */
    public List<Pattern> of(int day, int type) {
        return byDayAndType.get(day).get(type);
    }

    /** False when some type had so many placements that only a sample is offered. */
    public boolean complete() {
        return complete;
    }
}
