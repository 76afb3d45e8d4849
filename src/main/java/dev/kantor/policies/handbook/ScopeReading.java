package dev.kantor.policies.handbook;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.policies.ScopeKind;
import dev.kantor.policies.rules.Scope;

import org.springframework.stereotype.Component;

/** Reads the scope HR gave a version: the offices by name, the departments, positions or people by their ids. */
@Component
class ScopeReading {

    private final People people;

    ScopeReading(People people) {
        this.people = people;
    }

    /** The scope, or problems on the field {@code scopeTargets} (and nothing) when it names what is not there. */
    Scope read(ScopeKind kind, List<String> targets, InputCheck check) {
        if (kind == null) {
            check.add("scopeKind", "validation.required");
            return null;
        }
        if (kind == ScopeKind.EVERYONE) {
            return Scope.everyone();
        }
        if (targets.isEmpty()) {
            check.add("scopeTargets", "policies.scope.targets-required");
            return null;
        }
        if (targets.size() > 200) {
            check.add("scopeTargets", "policies.scope.too-many", 200);
            return null;
        }
        try {
            if (kind == ScopeKind.OFFICE) {
                List<Office> offices = new ArrayList<>();
                for (String target : targets) {
                    offices.add(Office.valueOf(target.strip()));
                }
                return Scope.offices(offices);
            }
            List<Long> ids = new ArrayList<>();
            for (String target : targets) {
                long id = Long.parseLong(target.strip());
                boolean there =
                        switch (kind) {
                            case DEPARTMENTS -> people.department(id).isPresent();
                            case POSITIONS -> people.position(id).isPresent();
                            default -> people.employee(id).isPresent();
                        };
                if (!there) {
                    check.add("scopeTargets", "policies.scope.unknown", target.strip());
                    return null;
                }
                ids.add(id);
            }
            return Scope.of(kind, ids);
        } catch (IllegalArgumentException e) {
            check.add("scopeTargets", "policies.scope.unknown", String.join(",", targets));
            return null;
        }
    }
}
