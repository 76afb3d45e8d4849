package dev.kantor.people;

import java.time.Instant;
import java.util.Map;

/**
 * Where the people module learns how much each employee actually deals with customers, to tell
 * HYBRID from BACK. The module that records customer contacts provides it; without one,
 * nobody is hybrid.
 */
public interface MeasuredCustomerContact {

    /** Each employee's share, from 0 to 1, of all customer contacts since a moment. */
    Map<Long, Double> sharesSince(Instant since);
}
