package dev.kantor.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Time people are away from their published shifts (marked absent), which scheduling asks of the
 * module that follows the day (the live floor implements it), so that someone sent home sick is not
 * made available again by their next scheduled break or shift. Without an implementation the plan
 * stands.
 */
public interface TimeAway {

    /** Among these people, those away at {@code at}, each with their time away. */
    Map<Long, Away> at(Collection<Long> employeeIds, Instant at);

    /** Time away: from its start up to its end. */
    record Away(Instant from, Instant until) {}
}
