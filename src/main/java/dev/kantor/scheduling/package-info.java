/**
 * Scheduling: shift types, contracts and rosters, and schedules whose rotating breaks and lunches
 * keep the front line covered, optimised against the staffing requirement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.kantor.scheduling;
