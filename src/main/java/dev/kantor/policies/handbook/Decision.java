package dev.kantor.policies.handbook;

import java.time.Instant;

import dev.kantor.policies.Approach;
import dev.kantor.policies.PolicyCategory;

/** Management's decision for a category, who took it and when. */
public record Decision(
        PolicyCategory category, Approach approach, String reason, String decidedBy, Instant decidedAt, int version) {}
