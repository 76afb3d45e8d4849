package dev.kantor.policies;

import java.time.LocalTime;

/**
 * What a FLEXTIME or TELEWORK policy version allows, as the work arrangements read it.
 *
 * @param allowed whether the people it applies to may ask for the arrangement
 * @param teleworkDaysPerWeek for telework: the most days a week (0 to 5)
 * @param coreFrom for flextime: when core hours begin, or null
 * @param coreUntil for flextime: when core hours end, or null
 */
public record ArrangementTerms(boolean allowed, int teleworkDaysPerWeek, LocalTime coreFrom, LocalTime coreUntil) {

    public static ArrangementTerms notAllowed() {
        return new ArrangementTerms(false, 0, null, null);
    }
}
