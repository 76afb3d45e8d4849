package dev.kantor.routing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What routing needs of the cases customers are handed over with, implemented by the cases
 * module: routing asks, and learns what happened to a case from the events it publishes
 * ({@link HandoffAccepted} and the others), so that routing never depends on cases.
 */
public interface HandoffCases {

    Optional<HandoffCase> find(long caseId);

    /** The case with this reference (case-insensitive, surrounding blanks ignored). */
    Optional<HandoffCase> findByReference(String reference);

    /**
     * Opens a walk-in case for a customer who came without one, so that the handoff has a case to
     * carry. Refused with {@link dev.kantor.platform.InvalidInput} naming the customer's fields as
     * {@link WalkInCustomer} calls them ({@code name}, {@code email}, {@code phone}, {@code topic}).
     *
     * @return the new case's id
     */
    long openForWalkIn(WalkInCustomer customer, long openedBy);

    /** How many open cases each of these employees owns: the lighter load is asked first. */
    Map<Long, Integer> openCasesOwnedBy(Collection<Long> employeeIds);
}
