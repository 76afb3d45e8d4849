package dev.kantor.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Something customers need help with, as the catalogue has it now.
 *
 * @param teamDepartmentId whose queue the topic falls back to when nobody can take a handoff; null for none
 * @param skills           what serves it, by skill id
 * @param version          the version to change it under
 */
public record Topic(
        String code,
        String nameEn,
        String nameIdn,
        Long teamDepartmentId,
        int sortOrder,
        boolean active,
        List<TopicSkill> skills,
        int version) {

    public Topic {
        skills = List.copyOf(skills);
    }

    public String name(Locale locale) {
        return "id".equals(locale.getLanguage()) ? nameIdn : nameEn;
    }

    /** Skill id to minimum level, in the order of skill ids, as the people module is asked who qualifies. */
    public Map<Long, Integer> minimumLevels() {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        skills.stream()
                .sorted(java.util.Comparator.comparingLong(TopicSkill::skillId))
                .forEach(s -> levels.put(s.skillId(), s.minLevel()));
        return levels;
    }

    /** What an admin wrote about it, to change it from. */
    public TopicDetails details() {
        return new TopicDetails(nameEn, nameIdn, teamDepartmentId, sortOrder, active, skills);
    }
}
