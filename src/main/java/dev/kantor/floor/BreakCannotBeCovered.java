package dev.kantor.floor;

import java.time.Instant;

/**
 * An agent's break cannot be taken anywhere in its window without leaving their queue short: the
 * managers should know (part of the day may need a fill-in or a call-in).
 *
 * @param shiftId       the published shift whose break it is
 * @param position      the break's place among the shift's breaks
 * @param leastBadStart the start offered, which leaves the queue the least short
 * @param shortFrom     the start of the first interval that start leaves short
 * @param shortBy       agents missing in that interval
 */
public record BreakCannotBeCovered(
        long employeeId,
        long queueId,
        long shiftId,
        int position,
        Instant windowStart,
        Instant windowEnd,
        Instant leastBadStart,
        Instant shortFrom,
        int shortBy) {}
