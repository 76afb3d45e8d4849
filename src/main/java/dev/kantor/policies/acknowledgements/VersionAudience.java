package dev.kantor.policies.acknowledgements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.applying.PoliciesInForce;
import dev.kantor.policies.applying.PublishedHandbook;
import dev.kantor.policies.applying.Workforce;
import dev.kantor.policies.rules.Outcome;
import dev.kantor.policies.rules.Person;

import org.springframework.stereotype.Component;

/**
 * The people a just published version applies to by the one rule, on the day it takes effect (or today if that has
 * passed): whom it asks to acknowledge it and whom it tells.
 */
@Component
class VersionAudience {

    private final PublishedHandbook handbook;
    private final PoliciesInForce inForce;
    private final Workforce workforce;

    VersionAudience(PublishedHandbook handbook, PoliciesInForce inForce, Workforce workforce) {
        this.handbook = handbook;
        this.inForce = inForce;
        this.workforce = workforce;
    }

    List<Person> of(PolicyVersionPublished published) {
        LocalDate today = inForce.today();
        LocalDate day = published.effectiveFrom().isAfter(today) ? published.effectiveFrom() : today;
        List<Person> everyone = workforce.everyone();
        Map<Long, Map<PolicyCategory, Outcome>> all = handbook.fresh().book().resolveAll(everyone, day);
        List<Person> applying = new ArrayList<>();
        for (Person person : everyone) {
            Outcome outcome = all.get(person.employeeId()).get(published.category());
            if (outcome != null
                    && outcome.versionId()
                            .filter(id -> id == published.versionId())
                            .isPresent()) {
                applying.add(person);
            }
        }
        return applying;
    }
}
