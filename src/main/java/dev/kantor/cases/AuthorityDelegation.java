package dev.kantor.cases;

import java.util.List;

/**
 * Delegating authority for resolution actions, for whoever loads an organisation's limits (the
 * demo company, an import): the same rules as the authority page. Admins set the limits of
 * positions and of any active employee but themselves; a manager delegates to the people in their
 * reporting line, never more than their own limits. Every change is audited.
 */
public interface AuthorityDelegation {

    /** Every delegation, per position and per employee. */
    List<Delegation> all();

    /**
     * Creates or changes the delegation for a scope and kind of action.
     *
     * @throws dev.kantor.platform.InvalidInput    for missing or impossible values, an unknown employee or
     *                                             position, or amounts above the delegator's own limit
     * @throws dev.kantor.platform.KantorException (forbidden) when it is not the caller's to make
     */
    Delegation delegate(Delegation.Scope scope, Long scopeId, ResolutionType type, Long maxPerAction, Long maxPerDay);

    /** As {@link #delegate(Delegation.Scope, Long, ResolutionType, Long, Long)}, audited under the name given. */
    Delegation delegate(
            Delegation.Scope scope,
            Long scopeId,
            ResolutionType type,
            Long maxPerAction,
            Long maxPerDay,
            String scopeName);

    /**
     * Withdraws a delegation, within the same reach as delegating.
     *
     * @throws dev.kantor.platform.KantorException (not found) without such a delegation, (forbidden) when it
     *                                             is not the caller's to withdraw
     */
    void withdraw(long id);
}
