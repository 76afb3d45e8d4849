package dev.kantor.routing.topics;

import java.util.HashSet;
import java.util.Set;

import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A topic as admins store it: something customers need help with, and the skills that can serve it. */
@Table("topic")
class TopicEntry {

    /** A skill a topic needs, at a minimum level from 1 to 5. */
    @Table("topic_skill")
    record SkillNeeded(long skillId, int minLevel) {}

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
    private Set<SkillNeeded> skills = new HashSet<>();

    TopicEntry() {}

    static TopicEntry create(String code, TopicDetails details) {
        TopicEntry topic = new TopicEntry();
        topic.code = code;
        topic.active = true;
        topic.apply(details);
        return topic;
    }

    void apply(TopicDetails details) {
        nameEn = details.nameEn().strip();
        nameIdn = details.nameIdn().strip();
        teamDepartmentId = details.teamDepartmentId();
        sortOrder = details.sortOrder();
        active = details.active();
        skills = new HashSet<>();
        details.skills().forEach(s -> skills.add(new SkillNeeded(s.skillId(), s.minLevel())));
    }

    /** The topic as the catalogue gives it out. */
    Topic toTopic() {
        return new Topic(
                code,
                nameEn,
                nameIdn,
                teamDepartmentId,
                sortOrder,
                active,
                skills.stream()
                        .map(s -> new TopicSkill(s.skillId(), s.minLevel()))
                        .toList(),
                version == null ? 0 : version);
    }

    String getCode() {
        return code;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameIdn() {
        return nameIdn;
    }

    Long getTeamDepartmentId() {
        return teamDepartmentId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }

    Integer getVersion() {
        return version;
    }

    Set<SkillNeeded> getSkills() {
        return Set.copyOf(skills);
    }
}
