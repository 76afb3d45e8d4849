/**
 * The organisation's people: departments, positions, employees with their skills and
 * languages, and each employee's office (front, back or hybrid).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"platform"})
package dev.kantor.people;
