package dev.kantor.routing;

import java.util.List;

/** What an admin writes about a topic. */
public record TopicDetails(String nameEn, String nameIdn, Long teamDepartmentId, int sortOrder, boolean active,
        List<TopicSkill> skills) {
}
