package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.policies.PolicyCategory;

/** What would change for one person if they moved: per category, what applies now and what would apply then. */
public final class WhatIf {

    private WhatIf() {}

    /** One category whose outcome the move changes. */
    public record Change(PolicyCategory category, Optional<Outcome> before, Optional<Outcome> after) {}

    public static List<Change> of(RuleBook book, Person now, Person moved, LocalDate on) {
        Map<PolicyCategory, Outcome> before = book.resolve(now, on);
        Map<PolicyCategory, Outcome> after = book.resolve(moved, on);
        List<Change> changes = new ArrayList<>();
        for (PolicyCategory category : PolicyCategory.values()) {
            Outcome a = before.get(category);
            Outcome b = after.get(category);
            if (!same(a, b)) {
                changes.add(new Change(category, Optional.ofNullable(a), Optional.ofNullable(b)));
            }
        }
        return changes;
    }

    private static boolean same(Outcome a, Outcome b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.winner().equals(b.winner()) && a.conflicting().equals(b.conflicting());
    }
}
