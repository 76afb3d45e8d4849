package dev.kantor.people;

import java.util.Set;

/**
 * An active employee who holds every skill a piece of work asks for, at its level or above.
 *
 * @param skillScore the sum of their levels in the asked-for skills: higher means more expert
 * @param office     FRONT or BACK by position (measured HYBRID is a back-office position)
 */
public record QualifiedEmployee(
        long id,
        String fullName,
        long departmentId,
        Office office,
        int skillScore,
        Set<String> languages,
        Long managerId) {

    public boolean speaks(String language) {
        return language == null || languages.contains(language);
    }
}
