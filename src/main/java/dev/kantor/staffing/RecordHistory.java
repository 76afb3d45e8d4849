package dev.kantor.staffing;

import java.util.List;

/**
 * The command to record a queue's contact history as it is, for instance from another system or
 * for demo data: each interval replaces what was known of it. Nothing is checked beyond the queue
 * existing, unlike a file import, so the caller vouches for the figures.
 *
 * @param queueId   the queue the contacts were offered to
 * @param intervals the contacts of each 15-minute interval
 */
public record RecordHistory(long queueId, List<IntervalVolume> intervals) {

    public RecordHistory {
        intervals = List.copyOf(intervals);
    }
}
