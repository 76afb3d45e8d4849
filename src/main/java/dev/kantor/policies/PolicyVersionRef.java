package dev.kantor.policies;

/** A policy version just written or changed: its policy, its id and its version for the next change. */
public record PolicyVersionRef(long policyId, long versionId, int version) {}
