package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import dev.kantor.policies.PolicyCategory;

/**
 * One published version of a policy as the rule weighs it.
 *
 * @param number the version's number within its policy: of two versions taking effect the same day, the higher
 *     replaces the lower
 */
public record PolicyRule(
        long versionId, long policyId, int number, PolicyCategory category, Scope scope, LocalDate effectiveFrom) {

    /** Older first: by the day it takes effect, then by number. */
    public static final Comparator<PolicyRule> OLDER_FIRST =
            Comparator.comparing(PolicyRule::effectiveFrom).thenComparingInt(PolicyRule::number);

    public PolicyRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** The level its scope is at: the higher, the more specific. */
    public int level() {
        return scope.kind().ordinal();
    }
}
