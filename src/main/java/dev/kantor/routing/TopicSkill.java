package dev.kantor.routing;

/** A skill a topic needs, at a minimum level from 1 to 5. */
public record TopicSkill(long skillId, int minLevel) {}
