package dev.kantor.floor;

import java.time.Instant;

/**
 * A 15-minute interval of a work queue is over, and this is how it was covered: published once per queue
 * and interval, across nodes, a little after it ends.
 *
 * @param required     agents the queue needed on the floor (staffing's requirement)
 * @param staffed      agents on the queue by the day as it went: the published shifts with breaks, absences,
 *                     fill-ins and call-ins counted
 * @param departmentId the department that answered for the queue on the floor when the interval closed
 *                     ({@link ResponsibleDepartments}); null when none did
 */
public record IntervalCovered(long queueId, Instant start, Instant end, int required, int staffed, Long departmentId) {

    /** An interval of a queue no department answered for. */
    public IntervalCovered(long queueId, Instant start, Instant end, int required, int staffed) {
        this(queueId, start, end, required, staffed, null);
    }

    /** Whether fewer were on the queue than it needed: a short interval. */
    public boolean isShort() {
        return staffed < required;
    }
}
