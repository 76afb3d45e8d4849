package dev.kantor.routing;

import org.springframework.data.relational.core.mapping.Table;

/** A skill a topic needs, at a minimum level from 1 to 5. */
@Table("topic_skill")
public record TopicSkill(long skillId, int minLevel) {
}
