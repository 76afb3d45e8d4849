package dev.kantor.policies.handbook;

import java.time.Instant;

import dev.kantor.policies.Approach;
import dev.kantor.policies.PolicyCategory;

import io.swagger.v3.oas.annotations.media.Schema;

/** Management's decision for a category, who took it and when, and the manager who signed it off. */
@Schema(name = "PolicyDecision", description = "Management's decision for a policy category")
public record Decision(
        PolicyCategory category,
        Approach approach,
        String reason,
        String decidedBy,
        Instant decidedAt,
        String signedOffBy,
        Instant signedOffAt,
        int version) {

    /** Whether versions for an environment may be published in the category. */
    public boolean allowsEnvironments() {
        return approach == Approach.PER_ENVIRONMENT && signedOffBy != null;
    }
}
