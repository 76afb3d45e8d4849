package dev.kantor.people;

/**
 * What an employee can serve customers with changed: their skills or languages, or whether they
 * work here at all (hired, left, came back). Who can help with which topic depends on it.
 */
public record SkillsChanged(long employeeId) {}
