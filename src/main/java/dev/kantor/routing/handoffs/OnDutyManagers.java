package dev.kantor.routing.handoffs;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.stereotype.Component;

/** Who is told when a handoff falls back to the queue, so that somebody always is. */
@Component
class OnDutyManagers {

    private final TopicCatalogue topics;
    private final People people;
    private final PresenceBoard presence;

    OnDutyManagers(TopicCatalogue topics, People people, PresenceBoard presence) {
        this.topics = topics;
        this.people = people;
        this.presence = presence;
    }

    /**
     * The managers of the topic's team who are on duty now: available or busy by their presence, which
     * follows their published schedule (off shift or on a scheduled break is not on duty, nor is someone
     * who stepped away); else the sender's own manager; else the team's managers whatever their presence.
     */
    Set<Long> of(Handoff h) {
        Long team = topics.find(h.getTopic()).map(Topic::teamDepartmentId).orElse(null);
        if (team == null) {
            team = h.getSenderDepartmentId();
        }
        List<Long> managers = team == null
                ? List.of()
                : people.managersIn(team).stream().map(Employee::getId).toList();
        Map<Long, Presence> present = presence.of(managers);
        Set<Long> onDuty = new HashSet<>();
        managers.stream().filter(m -> onDuty(present.get(m).status())).forEach(onDuty::add);
        if (onDuty.isEmpty()) {
            people.employee(h.getSenderId()).map(Employee::getManagerId).ifPresent(onDuty::add);
        }
        if (onDuty.isEmpty()) {
            onDuty.addAll(managers);
        }
        return onDuty;
    }

    private static boolean onDuty(PresenceStatus status) {
        return status == PresenceStatus.AVAILABLE || status == PresenceStatus.BUSY;
    }
}
