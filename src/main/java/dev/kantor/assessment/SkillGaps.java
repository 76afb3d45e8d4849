package dev.kantor.assessment;

import java.util.List;
import java.util.Set;

/**
 * Skill gaps against role profiles, for HR's dashboard: for every position with a role profile (its own, else
 * its department's), each skill the profile asks for at a least level, who holds the position and who of them
 * lacks the skill at that level. Skills are what HR keeps on each employee's record, so the people are named.
 */
public interface SkillGaps {

    /**
     * One skill a position asks for.
     *
     * @param holders the active employees in the position
     * @param lacking those of them without the skill at the least level
     */
    record Gap(long positionId, long skillId, int leastLevel, Set<Long> holders, Set<Long> lacking) {

        public Gap {
            holders = Set.copyOf(holders);
            lacking = Set.copyOf(lacking);
        }
    }

    /** Every position's gaps, today. */
    List<Gap> byPosition();
}
