package dev.kantor.scheduling.rosters;

/** A skill a queue asks of the people on its roster, at a least level (1 to 5). */
public record QueueSkill(long skillId, int minLevel) {}
