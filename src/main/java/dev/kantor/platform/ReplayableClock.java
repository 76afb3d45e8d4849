package dev.kantor.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The system clock, except that work can be replayed at a moment in the past on the current
 * thread only: the demo company's eight weeks of cases go through the same services, rules and
 * service clocks as today's, at the times they happened.
 */
public final class ReplayableClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock system;

    ReplayableClock(Clock system) {
        this.system = system;
    }

    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant before = REPLAYED.get();
        REPLAYED.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayableClock(system.withZone(zone));
    }
}
