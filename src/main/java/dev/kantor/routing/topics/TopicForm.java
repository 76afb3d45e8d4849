package dev.kantor.routing.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;

/**
 * A topic's fields as the form posts them; skills come as parallel lists of skill and level, one
 * pair per row of the form.
 *
 * @param code only when adding a topic: a topic's code never changes
 */
record TopicForm(
        String code,
        String nameEn,
        String nameIdn,
        Long teamDepartmentId,
        Integer sortOrder,
        Boolean active,
        List<Long> skillId,
        List<Integer> minLevel,
        Integer version) {

    /** How many skill rows the form offers. */
    static final int SKILL_ROWS = 3;

    static TopicForm empty() {
        return new TopicForm(null, null, null, null, 100, true, List.of(), List.of(), null);
    }

    static TopicForm of(Topic topic) {
        List<Long> skills = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (Map.Entry<Long, Integer> needed : topic.minimumLevels().entrySet()) {
            skills.add(needed.getKey());
            levels.add(needed.getValue());
        }
        return new TopicForm(
                topic.code(),
                topic.nameEn(),
                topic.nameIdn(),
                topic.teamDepartmentId(),
                topic.sortOrder(),
                topic.active(),
                skills,
                levels,
                topic.version());
    }

    TopicDetails details() {
        List<TopicSkill> skills = new ArrayList<>();
        if (skillId != null) {
            for (int i = 0; i < skillId.size(); i++) {
                Integer level = minLevel != null && i < minLevel.size() ? minLevel.get(i) : null;
                if (skillId.get(i) != null) {
                    skills.add(new TopicSkill(skillId.get(i), level == null ? 0 : level));
                }
            }
        }
        return new TopicDetails(
                nameEn, nameIdn, teamDepartmentId, sortOrder == null ? 0 : sortOrder, active == null || active, skills);
    }

    /** The skill chosen in a row of the form, or null; public for the page. */
    public Long skill(int row) {
        return skillId != null && row < skillId.size() ? skillId.get(row) : null;
    }

    /** The level given in a row of the form; 3 where none was. */
    public int level(int row) {
        return minLevel != null && row < minLevel.size() && minLevel.get(row) != null ? minLevel.get(row) : 3;
    }
}
