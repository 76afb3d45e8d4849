/**
 * Assessment: the front/back-office self-assessment ("which office suits me"), role profiles per
 * position and department, and matching people to positions against them.
 *
 * <p>Its API for other modules: {@link dev.kantor.assessment.Assessments} (answers recorded, results
 * shared, role profiles defined: what the demo company loads), the query types {@link
 * dev.kantor.assessment.Dimension}, {@link dev.kantor.assessment.Leaning}, {@link
 * dev.kantor.assessment.Audience}, the command {@link dev.kantor.assessment.ProfileDetails} and the
 * events {@link dev.kantor.assessment.AssessmentCompleted} and {@link dev.kantor.assessment.ResultShared}.
 * Inside: {@code instrument} (the statements, scoring and the instrument's reliability, plain Java),
 * {@code fit} (ranking people against a role profile, plain Java), {@code taking} (employees take it,
 * their results, history and consents, who may see a result), {@code candidates} (private links for
 * job candidates), {@code profiles} (role profiles) and {@code matching} (matches for a position,
 * moves for a person, team coverage, the instrument's quality).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {"people", "platform"})
package dev.kantor.assessment;
