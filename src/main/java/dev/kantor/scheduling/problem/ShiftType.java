package dev.kantor.scheduling.problem;

import java.util.List;

/**
 * A kind of shift: its length, cost, where it may start, and the breaks every shift of it has,
 * in the order they are taken.
 */
public record ShiftType(
        String id,
        int spanMinutes,
        int paidMinutes,
        int startGranularityMinutes,
        List<BreakRule> breaks,
        int minWorkBetweenBreaksMinutes,
        int maxContinuousWorkMinutes) {

    public ShiftType {
        breaks = Lists.copyOrEmpty(breaks);
    }
}
