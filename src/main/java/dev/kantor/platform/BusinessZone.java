package dev.kantor.platform;

import java.time.ZoneId;

/**
 * The time zone the business keeps its clocks in. Every time Kantor shows a person is in this
 * zone (see {@code platform.web.Times}); the business calendar provides it.
 */
public interface BusinessZone {

    /** The zone of the business's clocks, e.g. {@code Asia/Jakarta}. */
    ZoneId zone();
}
