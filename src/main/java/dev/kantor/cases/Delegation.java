package dev.kantor.cases;

/**
 * Authority delegated for one kind of resolution, to everyone in a position or to one employee:
 * at most {@code maxPerAction} rupiah per action and {@code maxPerDay} rupiah in all actions of a
 * day. An employee's own delegation overrides their position's.
 *
 * @param version counts the changes to this delegation
 */
public record Delegation(
        Long id, Scope scope, long scopeId, ResolutionType type, long maxPerAction, long maxPerDay, Integer version) {

    /** Whom a delegation reaches. */
    public enum Scope {
        /** Everyone in a position (only admins delegate to positions). */
        POSITION,
        /** One employee. */
        EMPLOYEE
    }
}
