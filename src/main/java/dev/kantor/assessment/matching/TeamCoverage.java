package dev.kantor.assessment.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.assessment.taking.Responses;
import dev.kantor.people.EmployeeSkills;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads everyone once and holds each person against their own position's profile: the heat map. */
@Component
@Transactional(readOnly = true)
public class TeamCoverage {

    private final People people;
    private final RoleProfiles profiles;
    private final Responses responses;

    TeamCoverage(People people, RoleProfiles profiles, Responses responses) {
        this.people = people;
        this.profiles = profiles;
        this.responses = responses;
    }

    public Coverage now() {
        Map<Long, Profile> effective = profiles.effectiveByPosition();
        Map<Long, Map<Dimension, Integer>> shared = responses.latestScoresSharedWith(Audience.HR);
        Set<Long> asked = new java.util.HashSet<>();
        effective.values().forEach(p -> asked.addAll(p.skills().keySet()));
        List<Coverage.Holder> holders = new ArrayList<>();
        for (EmployeeSkills e : people.activeEmployeeSkills(asked)) {
            Profile profile = effective.get(e.positionId());
            if (profile != null) {
                holders.add(new Coverage.Holder(e.departmentId(), profile, e.skills(), shared.get(e.id())));
            }
        }
        return Coverage.of(holders);
    }
}
