package dev.kantor.routing;

import java.util.List;

/**
 * What an admin writes about a topic: its names in both languages, the team whose queue it falls
 * back to (a department id, or null), its place in the catalogue, whether customers can choose it,
 * and the skills that serve it.
 */
public record TopicDetails(
        String nameEn, String nameIdn, Long teamDepartmentId, int sortOrder, boolean active, List<TopicSkill> skills) {}
