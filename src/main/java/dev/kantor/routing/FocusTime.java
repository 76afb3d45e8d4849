package dev.kantor.routing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Who is in a focus window (time they set aside to work without interruption): implemented by the module that
 * keeps those windows. "Who can help now" offers back-office people in focus only when nobody in the front office
 * can help, so focus never leaves a customer with nobody. Until a module implements it, nobody is in focus.
 */
public interface FocusTime {

    /**
     * @param departmentOf the people asked about, each with their department (a window may be a whole department's)
     * @return those of them in a focus window at that moment
     */
    Set<Long> inFocus(Map<Long, Long> departmentOf, Instant at);
}
