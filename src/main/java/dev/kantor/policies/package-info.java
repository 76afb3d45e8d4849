/**
 * Policies: HR's policies and procedures, each version scoped to everyone or to a work environment (an office,
 * departments, positions, named employees), management's decision per category whether policies are equal for
 * all or differ by environment, and the acknowledgements a published version asks of the people in its scope.
 *
 * <p>Its API for other modules: {@link dev.kantor.policies.ArrangementPolicies} (what the policy in force for an
 * employee allows of flextime and telework) with {@link dev.kantor.policies.ArrangementKind} and {@link
 * dev.kantor.policies.ArrangementAllowance}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Policies",
        allowedDependencies = {"people", "calendar", "platform"})
package dev.kantor.policies;
