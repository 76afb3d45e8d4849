/**
 * Work arrangements: flextime (a flexible band around the policy's core hours) and telework days that employees
 * ask for as the policy in force allows, decided by their manager, and never approved in a way that uncovers a
 * front-office queue unless the manager overrides the coverage check with a reason.
 *
 * <p>Its API: {@link dev.kantor.arrangements.WorkArrangements} (file and approve, as the signed-in person: the
 * demo company's requests) with {@link dev.kantor.arrangements.NewArrangement}, and the events {@link
 * dev.kantor.arrangements.ArrangementRequested}, {@link dev.kantor.arrangements.ArrangementDecided} and {@link
 * dev.kantor.arrangements.ArrangementWithdrawn}. It asks policies' {@code ArrangementPolicies} what is allowed,
 * reads scheduling's {@code PublishedShifts} and staffing's {@code StaffingRequirements} for the coverage check,
 * implements people's {@code RemoteWork} (who works from home today: the directory, the employee's page, "who can
 * help now") and scheduling's {@code CalendarEntries} (approved arrangements in the calendar feed). Inside:
 * {@code requests} (filing, deciding, who sees what, pages and REST API, notices), {@code coverage} (the pure
 * coverage check), {@code remote} (what other modules read of approved arrangements).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Work arrangements",
        allowedDependencies = {"policies", "scheduling", "staffing", "people", "calendar", "platform"})
package dev.kantor.arrangements;
