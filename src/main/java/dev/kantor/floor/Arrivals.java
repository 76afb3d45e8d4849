package dev.kantor.floor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When people arrived on a business day, which tells the live board who is late: someone arrives
 * when they sign in to Kantor or set their own presence by hand; Kantor records both itself. Other
 * modules record an arrival Kantor cannot see (a time clock at the door, or the demo company).
 */
public interface Arrivals {

    /** Records that someone arrived at {@code at}, unless they already arrived that business day. */
    void arrived(long employeeId, Instant at);

    /** When each of these people first arrived on {@code day}; those who did not are left out. */
    Map<Long, Instant> on(LocalDate day, Collection<Long> employeeIds);
}
