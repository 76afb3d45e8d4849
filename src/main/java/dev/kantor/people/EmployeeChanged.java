package dev.kantor.people;

/**
 * Something about an employee changed: they were hired, their details changed, or they left or
 * came back. Published once per change, after the change is stored; listeners read what they
 * need through {@link People}.
 */
public record EmployeeChanged(long employeeId) {}
