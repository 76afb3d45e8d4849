package dev.kantor.policies;

import java.time.LocalTime;
import java.util.Optional;

/**
 * What the policy in force for one employee on one day allows of a work arrangement.
 *
 * @param kind the arrangement asked about
 * @param allowed whether the employee may ask for it at all
 * @param policyVersionId the policy version that decides, if any applies (none applying means not allowed)
 * @param policyTitle the deciding version's title in the reader's language, or empty
 * @param teleworkDaysPerWeek for telework: the most days a week the policy allows (0 when not allowed)
 * @param coreFrom for flextime: when the core hours the policy sets begin, if it sets them
 * @param coreUntil for flextime: when the core hours end, if the policy sets them
 */
public record ArrangementAllowance(
        ArrangementKind kind,
        boolean allowed,
        Optional<Long> policyVersionId,
        Optional<String> policyTitle,
        int teleworkDaysPerWeek,
        Optional<LocalTime> coreFrom,
        Optional<LocalTime> coreUntil) {

    /** Nothing allows it: no policy applies, or the one that applies says no. */
    public static ArrangementAllowance notAllowed(ArrangementKind kind) {
        return new ArrangementAllowance(
                kind, false, Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty());
    }
}
