package dev.kantor.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Breaks taken (or agreed) at another time than their published shift planned, which scheduling asks
 * of the module that follows the day (the live floor implements it), so that presence follows a break
 * where it is taken: an agent back from an early break is not sent on it again when the planned break
 * comes. Without an implementation the plan stands.
 */
public interface TakenBreaks {

    /** @return shift id → the break's position in its shift → the break as taken, for the moved ones */
    Map<Long, Map<Integer, TakenBreak>> of(Collection<Long> shiftIds);

    /** A break as it is taken: from its start up to its end. */
    record TakenBreak(Instant startsAt, Instant endsAt) {}
}
