package dev.kantor.assessment.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.assessment.taking.Consents;
import dev.kantor.assessment.taking.Responses;
import dev.kantor.assessment.taking.StoredResponse;
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
    private final Consents consents;

    TeamCoverage(People people, RoleProfiles profiles, Responses responses, Consents consents) {
        this.people = people;
        this.profiles = profiles;
        this.responses = responses;
        this.consents = consents;
    }

    public Coverage now() {
        Map<Long, Profile> effective = profiles.effectiveByPosition();
        Set<Long> sharing = consents.sharingWith(Audience.HR);
        Map<Long, StoredResponse> latest = responses.latestOf(sharing);
        List<Coverage.Holder> holders = new ArrayList<>();
        for (EmployeeSkills e : people.activeEmployeeSkills()) {
            Profile profile = effective.get(e.positionId());
            if (profile != null) {
                StoredResponse response = latest.get(e.id());
                holders.add(new Coverage.Holder(
                        e.departmentId(),
                        profile,
                        e.skills(),
                        response == null ? null : response.result().byDimension()));
            }
        }
        return Coverage.of(holders);
    }
}
