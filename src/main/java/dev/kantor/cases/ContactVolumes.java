package dev.kantor.cases;

import java.time.Instant;
import java.util.List;

/**
 * How many cases were opened per channel in each 15-minute interval: the contact history other
 * modules (staffing) plan with, without reading the cases' tables.
 */
public interface ContactVolumes {

    /** Cases opened through {@code channel} in the 15 minutes from {@code start}. */
    record IntervalContacts(Instant start, Channel channel, int contacts) {}

    /** Every interval with at least one case opened in [from, to), by start then channel. */
    List<IntervalContacts> perQuarterHour(Instant from, Instant to);
}
