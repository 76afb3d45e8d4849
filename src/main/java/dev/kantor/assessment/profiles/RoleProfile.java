package dev.kantor.assessment.profiles;

import java.time.Instant;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.fit.Profile;

/**
 * A role profile as stored: for one position, or the default of a department's positions.
 *
 * @param skills skill id to least level
 */
public record RoleProfile(
        long id,
        Long positionId,
        Long departmentId,
        Leaning office,
        Map<Long, Integer> skills,
        Map<Dimension, DimensionRange> ranges,
        int version,
        String updatedBy,
        Instant updatedAt) {

    public RoleProfile {
        skills = Map.copyOf(skills);
        ranges = Map.copyOf(ranges);
    }

    public Profile asked() {
        return new Profile(office, skills, ranges);
    }
}
