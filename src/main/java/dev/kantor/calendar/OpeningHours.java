package dev.kantor.calendar;

import java.time.LocalTime;

/** When the business is open on a weekday, e.g. 08:00–17:00; closing may be midnight (00:00). */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (opens == null || closes == null) {
            throw new IllegalArgumentException("opening hours need both times");
        }
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens");
        }
    }

    /** Seconds from midnight when the business closes; midnight means the end of the day. */
    long closesAtSecond() {
        return closes.equals(LocalTime.MIDNIGHT) ? 24 * 3600 : closes.toSecondOfDay();
    }

    long opensAtSecond() {
        return opens.toSecondOfDay();
    }
}
