package dev.kantor.cases.resolution;

import java.util.Collection;
import java.util.Optional;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;

/**
 * How far someone may go with one kind of resolution on their own: at most {@code maxPerAction}
 * rupiah per action and {@code maxPerDay} rupiah in all actions of a day.
 */
public record AuthorityLimit(ResolutionType type, long maxPerAction, long maxPerDay) {

    public AuthorityLimit {
        if (maxPerAction < 0 || maxPerDay < 0) {
            throw new IllegalArgumentException("limits are not negative");
        }
    }

    /** How far a delegation lets someone go. */
    static AuthorityLimit of(Delegation delegation) {
        return new AuthorityLimit(delegation.type(), delegation.maxPerAction(), delegation.maxPerDay());
    }

    /**
     * The limit that applies to an employee in a position for a kind of action, if any: their own
     * delegation overrides their position's.
     */
    static Optional<AuthorityLimit> delegatedTo(
            long employeeId, Long positionId, ResolutionType type, Collection<Delegation> delegations) {
        Optional<Delegation> own = delegations.stream()
                .filter(d -> d.type() == type && d.scope() == Delegation.Scope.EMPLOYEE && d.scopeId() == employeeId)
                .findFirst();
        if (own.isPresent()) {
            return own.map(AuthorityLimit::of);
        }
        return delegations.stream()
                .filter(d -> d.type() == type
                        && d.scope() == Delegation.Scope.POSITION
                        && positionId != null
                        && d.scopeId() == positionId)
                .findFirst()
                .map(AuthorityLimit::of);
    }

    /** Unlimited authority, which the head of the organisation has for want of anyone to ask. */
    static AuthorityLimit unlimited(ResolutionType type) {
        return new AuthorityLimit(type, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Whether an action of {@code amount} fits, given what this person already carried out or
     * approved today with this kind of action.
     */
    public AuthorityCheck check(long amount, long usedToday) {
        if (amount > maxPerAction) {
            return AuthorityCheck.ABOVE_PER_ACTION;
        }
        if (usedToday > maxPerDay - amount) {
            return AuthorityCheck.ABOVE_PER_DAY;
        }
        return AuthorityCheck.WITHIN;
    }
}
