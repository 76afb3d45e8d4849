/**
 * Webhooks: admins subscribe URLs of other systems to the events Kantor's modules publish (a case
 * opened, resolved or rated, an approval decided, a handoff accepted or queued, an internal request
 * resolved, a schedule or a policy published, a work arrangement decided); each delivery is signed, retried with back-off, delivered at least
 * once and in order per subject, logged, and an endpoint that keeps failing is paused with a notice.
 *
 * <p>It offers no API to other modules: it only listens to theirs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"cases", "routing", "service", "scheduling", "policies", "arrangements", "platform"})
package dev.kantor.webhooks;
