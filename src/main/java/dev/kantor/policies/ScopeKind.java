package dev.kantor.policies;

/**
 * Whom a policy version is for, from the least specific to the most specific: where several versions of one
 * category apply to a person, the most specific kind wins (employee &gt; position &gt; department &gt; office &gt;
 * everyone).
 */
public enum ScopeKind {
    EVERYONE,
    OFFICE,
    DEPARTMENTS,
    POSITIONS,
    /** Named employees: an exception to what applies to the rest. */
    EMPLOYEES;

    /** Whether a version scoped so differs by environment, which management must allow for its category. */
    public boolean isPerEnvironment() {
        return this != EVERYONE;
    }
}
