package dev.kantor.floor;

import java.util.List;

/**
 * What the floor said is over, read back page by page: each closed interval of a queue as it was covered and
 * each ended fill-in, exactly as they were published in {@link IntervalCovered} and {@link FillInEnded}, for
 * modules that count those events and must be able to count them all again from scratch (reporting's rebuild).
 */
public interface CoverageHistory {

    /**
     * The closed intervals after {@code after} in the order of queue and start, at most {@code limit}.
     *
     * @param after the last interval of the previous page, or null for the first page
     */
    List<IntervalCovered> intervalsAfter(IntervalCovered after, int limit);

    /** The ended fill-ins whose id is above {@code afterId}, in the order of their ids, at most {@code limit}. */
    List<FillInEnded> fillInsAfter(long afterId, int limit);
}
