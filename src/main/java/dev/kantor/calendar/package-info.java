/**
 * The business calendar: opening hours per weekday and public holidays, and how much business
 * time lies between two moments. Service targets and staffing count time on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Business calendar",
        allowedDependencies = {"platform"})
package dev.kantor.calendar;
