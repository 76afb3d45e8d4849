package dev.kantor.policies.applying;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.KantorException;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.ArrangementPolicies;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.handbook.StoredVersion;
import dev.kantor.policies.rules.Outcome;
import dev.kantor.policies.rules.Person;
import dev.kantor.policies.rules.PolicyRule;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The policies that apply to an employee on a day, by the one rule, and what they allow of flextime and telework
 * (the work arrangements ask through {@link ArrangementPolicies}).
 */
@Service
public class PoliciesInForce implements ArrangementPolicies {

    /** One category as it applies to someone: the version in force, or the versions in conflict. */
    public record Applying(PolicyCategory category, Optional<StoredVersion> version, List<StoredVersion> conflicting) {

        public boolean isConflict() {
            return !conflicting.isEmpty();
        }
    }

    private final PublishedHandbook handbook;
    private final Workforce workforce;
    private final Clock clock;
    private final BusinessZone zone;

    PoliciesInForce(PublishedHandbook handbook, Workforce workforce, Clock clock, BusinessZone zone) {
        this.handbook = handbook;
        this.workforce = workforce;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the business's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    /** What applies to the employee on a day, category by category (only the categories where anything does). */
    public List<Applying> of(long employeeId, LocalDate on) {
        Person person = workforce.person(employeeId).orElseThrow(() -> KantorException.notFound("policies.nobody"));
        return of(person, on);
    }

    public List<Applying> of(Person person, LocalDate on) {
        PublishedHandbook.Snapshot now = handbook.now();
        return applying(now, now.book().resolve(person, on));
    }

    static List<Applying> applying(PublishedHandbook.Snapshot now, Map<PolicyCategory, Outcome> outcomes) {
        List<Applying> all = new ArrayList<>();
        outcomes.forEach((category, outcome) -> all.add(new Applying(
                category,
                outcome.winner().map(rule -> now.version(rule.versionId())),
                outcome.conflicting().stream()
                        .map(PolicyRule::versionId)
                        .map(now::version)
                        .toList())));
        return all;
    }

    @Override
    public ArrangementAllowance allowance(long employeeId, ArrangementKind kind, LocalDate on) {
        Optional<Person> person = workforce.person(employeeId);
        if (person.isEmpty()) {
            return ArrangementAllowance.notAllowed(kind);
        }
        PolicyCategory category = kind == ArrangementKind.TELEWORK ? PolicyCategory.TELEWORK : PolicyCategory.FLEXTIME;
        PublishedHandbook.Snapshot now = handbook.now();
        Outcome outcome = now.book().resolve(person.get(), on).get(category);
        if (outcome == null || outcome.winner().isEmpty()) {
            // nothing applies, or a conflict HR has not settled: nothing is allowed until a policy says so
            return ArrangementAllowance.notAllowed(kind);
        }
        StoredVersion version = now.version(outcome.winner().get().versionId());
        ArrangementTerms terms = version.arrangement() == null ? ArrangementTerms.notAllowed() : version.arrangement();
        boolean allowed = terms.allowed();
        return new ArrangementAllowance(
                kind,
                allowed,
                Optional.of(version.id()),
                Optional.of(version.title(LocaleContextHolder.getLocale())),
                allowed && kind == ArrangementKind.TELEWORK ? terms.teleworkDaysPerWeek() : 0,
                Optional.ofNullable(allowed && kind == ArrangementKind.FLEXTIME ? terms.coreFrom() : null),
                Optional.ofNullable(allowed && kind == ArrangementKind.FLEXTIME ? terms.coreUntil() : null));
    }
}
