package dev.kantor.policies.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.kantor.people.Office;
import dev.kantor.policies.ScopeKind;

/**
 * Whom one policy version is for: everyone, some offices, some departments, some positions or some named
 * employees. Ids are those of the departments, positions or employees the kind names; offices only for
 * {@link ScopeKind#OFFICE}.
 */
public record Scope(ScopeKind kind, Set<Long> ids, Set<Office> offices) {

    public Scope {
        Objects.requireNonNull(kind, "kind");
        ids = Set.copyOf(ids);
        offices = offices.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(offices));
        if (kind == ScopeKind.OFFICE ? offices.isEmpty() || !ids.isEmpty() : !offices.isEmpty()) {
            throw new IllegalArgumentException("A scope names offices exactly when it is an office's");
        }
        if (kind.isPerEnvironment() && kind != ScopeKind.OFFICE && ids.isEmpty()) {
            throw new IllegalArgumentException("A scope of " + kind + " names at least one");
        }
        if (kind == ScopeKind.EVERYONE && !ids.isEmpty()) {
            throw new IllegalArgumentException("Everyone names nobody");
        }
    }

    public static Scope everyone() {
        return new Scope(ScopeKind.EVERYONE, Set.of(), Set.of());
    }

    public static Scope offices(Collection<Office> offices) {
        return new Scope(ScopeKind.OFFICE, Set.of(), Set.copyOf(offices));
    }

    public static Scope offices(Office... offices) {
        return offices(Set.of(offices));
    }

    public static Scope of(ScopeKind kind, Collection<Long> ids) {
        return new Scope(kind, Set.copyOf(ids), Set.of());
    }

    /** Whether this scope takes in the person. */
    public boolean appliesTo(Person person) {
        return switch (kind) {
            case EVERYONE -> true;
            case OFFICE -> offices.contains(person.office());
            case DEPARTMENTS -> ids.contains(person.departmentId());
            case POSITIONS -> ids.contains(person.positionId());
            case EMPLOYEES -> ids.contains(person.employeeId());
        };
    }

    /**
     * Whether someone could be in both scopes at the same level: the same kind, and for every kind but everyone
     * an office, department, position or employee named in both. Scopes of different kinds never conflict: the
     * more specific one wins.
     */
    public boolean overlaps(Scope other) {
        if (kind != other.kind) {
            return false;
        }
        return switch (kind) {
            case EVERYONE -> true;
            case OFFICE -> offices.stream().anyMatch(other.offices::contains);
            default -> ids.stream().anyMatch(other.ids::contains);
        };
    }

    /** The scope as stored and sent: offices' names or ids, sorted, comma-separated. */
    public String targets() {
        Collection<?> sorted = kind == ScopeKind.OFFICE ? new TreeSet<>(offices) : new TreeSet<>(ids);
        return String.join(",", sorted.stream().map(String::valueOf).toList());
    }

    /** The scope stored as {@link #targets()} writes it. */
    public static Scope parse(ScopeKind kind, String targets) {
        Set<String> parts = new TreeSet<>();
        if (targets != null) {
            for (String part : targets.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        if (kind == ScopeKind.OFFICE) {
            return offices(parts.stream().map(Office::valueOf).toList());
        }
        return of(kind, parts.stream().map(Long::valueOf).toList());
    }
}
