package dev.kantor.routing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Something customers need help with, and the skills that can serve it. */
@Table("topic")
public class Topic {

    @Id
    private String code;
    private String nameEn;
    private String nameIdn;
    private Long teamDepartmentId;
    private int sortOrder;
    private boolean active;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "topic")
    private Set<TopicSkill> skills = new HashSet<>();

    Topic() {
    }

    static Topic create(String code, TopicDetails details) {
        Topic topic = new Topic();
        topic.code = code;
        topic.active = true;
        topic.apply(details);
        return topic;
    }

    /** A topic as the catalogue reads it from the database. */
    static Topic loaded(String code, TopicDetails details, int version) {
        Topic topic = create(code, details);
        topic.version = version;
        return topic;
    }

    void apply(TopicDetails details) {
        nameEn = details.nameEn().strip();
        nameIdn = details.nameIdn().strip();
        teamDepartmentId = details.teamDepartmentId();
        sortOrder = details.sortOrder();
        active = details.active();
        skills = new HashSet<>(details.skills());
    }

    public String name(Locale locale) {
        return "id".equals(locale.getLanguage()) ? nameIdn : nameEn;
    }

    /** Skill id to minimum level, as the people module is asked for who qualifies. */
    public Map<Long, Integer> minimumLevels() {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        skills.stream().sorted(java.util.Comparator.comparingLong(TopicSkill::skillId))
                .forEach(s -> levels.put(s.skillId(), s.minLevel()));
        return levels;
    }

    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameIdn() { return nameIdn; }
    public Long getTeamDepartmentId() { return teamDepartmentId; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public Integer getVersion() { return version; }
    public Set<TopicSkill> getSkills() { return Set.copyOf(skills); }
}
