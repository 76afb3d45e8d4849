package dev.kantor.policies;

import java.time.LocalDate;

/** HR published a policy version: from its effective day it applies to the people in its scope. */
public record PolicyVersionPublished(long versionId, long policyId, PolicyCategory category, LocalDate effectiveFrom) {}
