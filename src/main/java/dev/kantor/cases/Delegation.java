package dev.kantor.cases;

import java.util.Collection;
import java.util.Optional;

/**
 * Authority a manager delegated for one kind of resolution, to everyone in a position or to one
 * employee. An employee's own delegation overrides their position's.
 */
public record Delegation(Long id, Scope scope, long scopeId, ResolutionType type, long maxPerAction, long maxPerDay,
        Integer version) {

    public enum Scope { POSITION, EMPLOYEE }

    public AuthorityLimit limit() {
        return new AuthorityLimit(type, maxPerAction, maxPerDay);
    }

    /** The limit that applies to an employee in a position for a kind of action, if any. */
    public static Optional<AuthorityLimit> limitFor(long employeeId, Long positionId, ResolutionType type,
            Collection<Delegation> delegations) {
        Optional<Delegation> own = delegations.stream()
                .filter(d -> d.type() == type && d.scope() == Scope.EMPLOYEE && d.scopeId() == employeeId)
                .findFirst();
        if (own.isPresent()) {
            return own.map(Delegation::limit);
        }
        return delegations.stream()
                .filter(d -> d.type() == type && d.scope() == Scope.POSITION && positionId != null
                        && d.scopeId() == positionId)
                .findFirst().map(Delegation::limit);
    }
}
