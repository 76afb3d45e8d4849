package dev.kantor.people;

import java.util.Map;

/**
 * An active employee with their position and every skill they hold: what matching people against
 * role profiles reads for everyone at once.
 *
 * @param skills skill id to level (1 to 5)
 */
public record EmployeeSkills(long id, String fullName, long positionId, long departmentId, Map<Long, Integer> skills) {

    public EmployeeSkills {
        skills = Map.copyOf(skills);
    }
}
