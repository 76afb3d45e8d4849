package dev.kantor.cases.sla;

import java.time.Instant;

/** A span during which a service clock stands still (waiting on the customer); open while {@code to} is null. */
public record Pause(Instant from, Instant to) {

    Instant endOr(Instant now) {
        return to == null ? now : to;
    }
}
