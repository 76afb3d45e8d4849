package dev.kantor.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.people.Skill;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;

import org.springframework.stereotype.Component;

/**
 * The demo company's topics mapped to its skills and team queues, and who is at work right now,
 * so that "Help a customer" finds people on first start (for the accountant too).
 */
@Component
class DemoRouting {

    private final TopicCatalogue topics;
    private final PresenceBoard presence;
    private final People people;
    private final Clock clock;

    DemoRouting(TopicCatalogue topics, PresenceBoard presence, People people, Clock clock) {
        this.topics = topics;
        this.presence = presence;
        this.people = people;
        this.clock = clock;
    }

    void load() {
        Map<String, Long> skills = people.skills().stream().collect(Collectors.toMap(Skill::code, Skill::id));
        Map<String, Long> departments =
                people.departments().stream().collect(Collectors.toMap(Department::getCode, Department::getId));
        DemoCompany.read("demo/topics.csv", r -> {
            Topic topic = topics.require(r.get("code"));
            List<TopicSkill> needed = new ArrayList<>();
            for (String skill : r.get("skills").split(";")) {
                String[] codeAndLevel = skill.split(":");
                needed.add(new TopicSkill(skills.get(codeAndLevel[0]), Integer.parseInt(codeAndLevel[1])));
            }
            topics.update(
                    topic.code(),
                    new TopicDetails(
                            topic.nameEn(),
                            topic.nameIdn(),
                            departments.get(r.get("team_department_code")),
                            topic.sortOrder(),
                            true,
                            needed),
                    topic.version());
        });
        DemoCompany.read("demo/presence.csv", r -> {
            long employee = people.employeeByEmail(r.get("email")).orElseThrow().getId();
            String back = r.get("back_in_minutes");
            presence.set(
                    employee,
                    PresenceStatus.valueOf(r.get("status")),
                    back.isBlank() ? null : clock.instant().plusSeconds(Long.parseLong(back) * 60),
                    PresenceSource.MANUAL);
        });
    }
}
