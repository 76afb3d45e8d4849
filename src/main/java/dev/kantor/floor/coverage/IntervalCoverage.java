package dev.kantor.floor.coverage;

/**
 * One 15-minute interval of a queue's day.
 *
 * @param required agents the queue needs on the floor (staffing's requirement)
 * @param planned  agents the published schedule puts on the queue and not on a break
 * @param expected agents on the queue once the day's changes are counted: breaks moved, absences,
 *                 fill-ins and call-ins
 */
public record IntervalCoverage(Span span, int required, int planned, int expected) {

    /** Whether the day as it goes leaves this interval short. */
    public boolean isShort() {
        return expected < required;
    }

    /** Agents missing (0 when covered). */
    public int shortBy() {
        return Math.max(0, required - expected);
    }
}
