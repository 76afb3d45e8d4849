package dev.kantor.assessment;

import java.util.Map;

/**
 * A role profile as HR defines it, for one position or, as the default of its positions, one
 * department (exactly one of the two).
 *
 * @param office  the office the work belongs to: FRONT or BACK
 * @param skills  skill id to the least level (1 to 5) the work asks for
 * @param ranges  the desired range of each dimension that matters; dimensions left out do not count
 * @param version the version read before changing it, null for a new profile
 */
public record ProfileDetails(
        Long positionId,
        Long departmentId,
        Leaning office,
        Map<Long, Integer> skills,
        Map<Dimension, DimensionRange> ranges,
        Integer version) {

    public ProfileDetails {
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
    }
}
