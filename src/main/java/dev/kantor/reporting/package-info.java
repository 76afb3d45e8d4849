/**
 * Each perspective at a glance: the front-office manager's dashboard, one's own figures, drill-down
 * to the items behind a figure and CSV exports, read from daily roll-ups that reporting keeps itself
 * from the modules' events and rebuilds from their query APIs (never from their tables).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {
            "cases",
            "service",
            "routing",
            "floor",
            "people",
            "staffing",
            "scheduling",
            "assessment",
            "policies",
            "arrangements",
            "calendar",
            "platform"
        })
package dev.kantor.reporting;
