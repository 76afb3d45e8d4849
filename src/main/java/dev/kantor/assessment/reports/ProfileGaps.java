package dev.kantor.assessment.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kantor.assessment.SkillGaps;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.people.EmployeeSkills;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every position's role profile held against the skills of the people in it: one read of each. */
@Component
@Transactional(readOnly = true)
class ProfileGaps implements SkillGaps {

    private final RoleProfiles profiles;
    private final People people;

    ProfileGaps(RoleProfiles profiles, People people) {
        this.profiles = profiles;
        this.people = people;
    }

    @Override
    public List<Gap> byPosition() {
        Map<Long, Profile> effective = profiles.effectiveByPosition();
        Set<Long> asked = new HashSet<>();
        effective.values().forEach(p -> asked.addAll(p.skills().keySet()));
        Map<Long, List<EmployeeSkills>> holders = new HashMap<>();
        for (EmployeeSkills e : people.activeEmployeeSkills(asked)) {
            holders.computeIfAbsent(e.positionId(), id -> new ArrayList<>()).add(e);
        }
        List<Gap> gaps = new ArrayList<>();
        effective.forEach((position, profile) -> {
            List<EmployeeSkills> in = holders.getOrDefault(position, List.of());
            Set<Long> all = new HashSet<>();
            in.forEach(e -> all.add(e.id()));
            new TreeMap<>(profile.skills()).forEach((skill, least) -> {
                Set<Long> lacking = new HashSet<>();
                in.stream()
                        .filter(e -> e.skills().getOrDefault(skill, 0) < least)
                        .forEach(e -> lacking.add(e.id()));
                gaps.add(new Gap(position, skill, least, all, lacking));
            });
        });
        return gaps;
    }
}
