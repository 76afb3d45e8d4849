package dev.kantor.staffing;

import java.time.Instant;

/**
 * Contacts offered to a queue in the 15 minutes from {@code start}.
 *
 * @param ahtSeconds their average handling time; null when unknown (the queue's then applies)
 */
public record IntervalVolume(Instant start, int contacts, Double ahtSeconds) {}
