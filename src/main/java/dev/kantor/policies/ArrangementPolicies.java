package dev.kantor.policies;

import java.time.LocalDate;

/**
 * What the policies in force allow of work arrangements: the module that takes requests for flextime and
 * telework asks here before it lets an employee ask, and shows the deciding policy.
 */
public interface ArrangementPolicies {

    /**
     * What the policy applying to the employee on that day allows of the arrangement, by the policies' one rule
     * (the most specific scope wins).
     */
    ArrangementAllowance allowance(long employeeId, ArrangementKind kind, LocalDate on);
}
