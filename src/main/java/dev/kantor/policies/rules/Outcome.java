package dev.kantor.policies.rules;

import java.util.List;
import java.util.Optional;

import dev.kantor.policies.PolicyCategory;

/**
 * What applies to someone in one category: the one version that wins, or the versions in conflict (two or more at
 * the most specific level that applies, of different policies), in which case none wins until HR settles it.
 */
public record Outcome(PolicyCategory category, Optional<PolicyRule> winner, List<PolicyRule> conflicting) {

    public Outcome {
        conflicting = List.copyOf(conflicting);
    }

    public boolean isConflict() {
        return !conflicting.isEmpty();
    }

    /** The winning version's id, if one wins. */
    public Optional<Long> versionId() {
        return winner.map(PolicyRule::versionId);
    }
}
