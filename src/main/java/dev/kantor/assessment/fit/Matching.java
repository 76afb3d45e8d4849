package dev.kantor.assessment.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;

/**
 * Ranks people against a profile: first by skill gap (the fewer levels missing the better), then by
 * fit (the nearer their dimension scores to the desired ranges the better; people who shared no
 * result come after those who did), then by name. Skills come first because they are what the work
 * asks for today; the self-assessment says what someone might enjoy, not what they can do.
 */
public final class Matching {

    /** Best first. */
    public static final Comparator<Match> RANKING = Comparator.comparingInt(Match::skillGap)
            .thenComparing(m -> m.fit() == null ? -1 : m.fit(), Comparator.reverseOrder())
            .thenComparing(m -> m.person().name())
            .thenComparingLong(m -> m.person().id());

    private Matching() {}

    /** Everyone ranked against the profile, best first. */
    public static List<Match> rank(Profile profile, List<Person> people) {
        List<Match> matches = new ArrayList<>(people.size());
        for (Person person : people) {
            matches.add(match(profile, person));
        }
        matches.sort(RANKING);
        return matches;
    }

    /** How one person fits the profile, with the reasons. */
    public static Match match(Profile profile, Person person) {
        List<Match.SkillGap> skillGaps = new ArrayList<>();
        int gap = 0;
        for (Map.Entry<Long, Integer> asked : profile.skills().entrySet()) {
            int held = person.skills() == null ? 0 : person.skills().getOrDefault(asked.getKey(), 0);
            if (held < asked.getValue()) {
                skillGaps.add(new Match.SkillGap(asked.getKey(), asked.getValue(), held));
                gap += asked.getValue() - held;
            }
        }
        skillGaps.sort(
                Comparator.comparingInt(Match.SkillGap::missing).reversed().thenComparingLong(Match.SkillGap::skillId));
        Integer fit = null;
        List<Match.DimensionGap> outside = new ArrayList<>();
        List<Dimension> inside = new ArrayList<>();
        if (person.scores() != null) {
            int distance = 0;
            int counted = 0;
            for (Dimension dimension : Dimension.values()) {
                DimensionRange range = profile.ranges().get(dimension);
                Integer score = person.scores().get(dimension);
                if (range == null || score == null) {
                    continue;
                }
                counted++;
                distance += range.distance(score);
                if (range.contains(score)) {
                    inside.add(dimension);
                } else {
                    outside.add(new Match.DimensionGap(dimension, score, range.low(), range.high()));
                }
            }
            fit = counted == 0 ? 100 : Math.max(0, 100 - Math.round((float) distance / counted));
        }
        return new Match(person, gap, fit, skillGaps, outside, inside, person.skills() != null);
    }
}
