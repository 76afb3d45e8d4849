package dev.kantor.people;

/**
 * Where an employee can be found may have changed: they (or HR) recorded their desk, floor, extension or
 * "remote today", or an approved work arrangement that has them working from home began or ended. Published once
 * per change, after it is stored; listeners read what they need through {@link Whereabouts}.
 */
public record WhereaboutsChanged(long employeeId) {}
