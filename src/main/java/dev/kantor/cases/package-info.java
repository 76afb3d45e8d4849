/**
 * Customer cases from every channel, owned until resolved: service targets counted in business
 * hours, complaints, resolution actions within delegated authority and approvals above it, and
 * customer satisfaction.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"routing", "people", "calendar", "platform"})
package dev.kantor.cases;
