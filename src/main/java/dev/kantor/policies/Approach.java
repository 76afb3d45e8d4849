package dev.kantor.policies;

/** Management's decision for a category: one policy for all, or policies that differ by work environment. */
public enum Approach {
    EQUAL_FOR_ALL,
    PER_ENVIRONMENT
}
