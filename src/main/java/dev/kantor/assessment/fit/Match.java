package dev.kantor.assessment.fit;

import java.util.List;

import dev.kantor.assessment.Dimension;

/**
 * How one person fits one profile, with the reasons.
 *
 * @param skillGap  the levels missing over all asked-for skills (a skill not held counts from 0); 0
 *                  when every skill is met
 * @param fit       how well their dimension scores lie in the desired ranges, 0 to 100 (100 when all
 *                  lie inside); null when they shared no result
 * @param skillGaps each asked-for skill not met
 * @param outside   each dimension outside its desired range
 * @param inside    the dimensions inside their desired range
 * @param skillsKnown false for a candidate, whose skills are not recorded
 */
public record Match(
        Person person,
        int skillGap,
        Integer fit,
        List<SkillGap> skillGaps,
        List<DimensionGap> outside,
        List<Dimension> inside,
        boolean skillsKnown) {

    public Match {
        skillGaps = List.copyOf(skillGaps);
        outside = List.copyOf(outside);
        inside = List.copyOf(inside);
    }

    /** An asked-for skill held below its level ({@code held} 0 when not at all). */
    public record SkillGap(long skillId, int required, int held) {

        public int missing() {
            return required - held;
        }
    }

    /** A dimension whose score lies outside the desired range. */
    public record DimensionGap(Dimension dimension, int score, int low, int high) {}

    public boolean meetsEverySkill() {
        return skillsKnown && skillGap == 0;
    }
}
