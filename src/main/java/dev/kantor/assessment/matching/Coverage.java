package dev.kantor.assessment.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.fit.Profile;

/**
 * Team coverage: per department, for each skill and dimension its role profiles ask for, how many
 * of the people asked meet it. A dimension counts only the people who shared their result with HR.
 */
public record Coverage(List<Long> departments, List<Long> skills, List<Dimension> dimensions, Map<String, Cell> cells) {

    /** One cell: of how many people asked, how many meet it. */
    public record Cell(int asked, int met) {

        public int percent() {
            return asked == 0 ? 0 : Math.round(100f * met / asked);
        }

        /** good (80 % or more), fair (50 % or more) or poor. */
        public String band() {
            int p = percent();
            return p >= 80 ? "good" : p >= 50 ? "fair" : "poor";
        }
    }

    public Cell skill(long departmentId, long skillId) {
        return cells.get(departmentId + "/s" + skillId);
    }

    public Cell dimension(long departmentId, Dimension dimension) {
        return cells.get(departmentId + "/" + dimension);
    }

    /** One person held against the profile of their position. */
    record Holder(long departmentId, Profile profile, Map<Long, Integer> skills, Map<Dimension, Integer> scores) {}

    static Coverage of(List<Holder> holders) {
        Set<Long> departments = new LinkedHashSet<>();
        Set<Long> skills = new java.util.TreeSet<>();
        Set<Dimension> dimensions = java.util.EnumSet.noneOf(Dimension.class);
        Map<String, int[]> counts = new HashMap<>();
        for (Holder h : holders) {
            departments.add(h.departmentId());
            h.profile().skills().forEach((skill, least) -> {
                skills.add(skill);
                int[] c = counts.computeIfAbsent(h.departmentId() + "/s" + skill, k -> new int[2]);
                c[0]++;
                if (h.skills().getOrDefault(skill, 0) >= least) {
                    c[1]++;
                }
            });
            h.profile().ranges().forEach((dimension, range) -> {
                dimensions.add(dimension);
                Integer score = h.scores() == null ? null : h.scores().get(dimension);
                if (score != null) {
                    int[] c = counts.computeIfAbsent(h.departmentId() + "/" + dimension, k -> new int[2]);
                    c[0]++;
                    if (range.contains(score)) {
                        c[1]++;
                    }
                }
            });
        }
        Map<String, Cell> cells = new HashMap<>();
        counts.forEach((key, c) -> cells.put(key, new Cell(c[0], c[1])));
        return new Coverage(new ArrayList<>(departments), new ArrayList<>(skills), new ArrayList<>(dimensions), cells);
    }
}
