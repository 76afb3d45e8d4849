package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import dev.kantor.people.Office;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.ScopeKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random handbooks: the rule book agrees with a brute-force reading of the rule, written level by level from
 * the definition, for every person of a small organisation on every day a version starts or ends; and its conflicts
 * are exactly the pairs some person meets on some day.
 */
class RuleBookAgainstBruteForceTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final PolicyCategory[] CATEGORIES = {PolicyCategory.DRESS_CODE, PolicyCategory.TELEWORK};

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheBruteForceRule(long seed) {
        Random random = new Random(seed);
        List<PolicyRule> rules = handbook(random);
        RuleBook book = new RuleBook(rules);
        List<Person> people = organisation();
        for (LocalDate day : days(rules)) {
            for (Person person : people) {
                Map<PolicyCategory, Outcome> resolved = book.resolve(person, day);
                for (PolicyCategory category : CATEGORIES) {
                    Optional<List<PolicyRule>> expected = bruteForce(rules, person, category, day);
                    Outcome outcome = resolved.get(category);
                    if (expected.isEmpty()) {
                        assertThat(outcome)
                                .as("seed %d %s %s %s", seed, person, category, day)
                                .isNull();
                    } else if (expected.get().size() == 1) {
                        assertThat(outcome.winner()).contains(expected.get().get(0));
                    } else {
                        assertThat(outcome.winner()).isEmpty();
                        assertThat(new HashSet<>(outcome.conflicting())).isEqualTo(new HashSet<>(expected.get()));
                    }
                }
            }
        }
        assertThat(pairs(book.conflicts())).as("seed %d", seed).isEqualTo(bruteForceConflicts(rules, people));
    }

    /** Level by level from the most specific: the versions of that level in force on the day that take the person. */
    static Optional<List<PolicyRule>> bruteForce(
            List<PolicyRule> rules, Person person, PolicyCategory category, LocalDate day) {
        ScopeKind[] kinds = ScopeKind.values();
        for (int level = kinds.length - 1; level >= 0; level--) {
            List<PolicyRule> found = new ArrayList<>();
            for (PolicyRule rule : rules) {
                if (rule.category() == category
                        && rule.scope().kind() == kinds[level]
                        && rule.scope().appliesTo(person)
                        && inForce(rules, rule, day)) {
                    found.add(rule);
                }
            }
            if (!found.isEmpty()) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** In force: taken effect, and no version of its policy that came after it has taken effect. */
    static boolean inForce(List<PolicyRule> rules, PolicyRule rule, LocalDate day) {
        if (rule.effectiveFrom().isAfter(day)) {
            return false;
        }
        for (PolicyRule other : rules) {
            if (other.policyId() == rule.policyId()
                    && other != rule
                    && !other.effectiveFrom().isAfter(day)
                    && (other.effectiveFrom().isAfter(rule.effectiveFrom())
                            || (other.effectiveFrom().equals(rule.effectiveFrom())
                                    && other.number() > rule.number()))) {
                return false;
            }
        }
        return true;
    }

    static Set<String> bruteForceConflicts(List<PolicyRule> rules, List<Person> people) {
        Set<String> pairs = new TreeSet<>();
        for (LocalDate day : days(rules)) {
            for (Person person : people) {
                for (PolicyRule a : rules) {
                    for (PolicyRule b : rules) {
                        if (a.versionId() < b.versionId()
                                && a.policyId() != b.policyId()
                                && a.category() == b.category()
                                && a.level() == b.level()
                                && a.scope().appliesTo(person)
                                && b.scope().appliesTo(person)
                                && inForce(rules, a, day)
                                && inForce(rules, b, day)) {
                            pairs.add(a.versionId() + "-" + b.versionId());
                        }
                    }
                }
            }
        }
        return pairs;
    }

    static Set<String> pairs(List<RuleBook.Conflict> conflicts) {
        Set<String> pairs = new TreeSet<>();
        for (RuleBook.Conflict c : conflicts) {
            long a = Math.min(c.first().versionId(), c.second().versionId());
            long b = Math.max(c.first().versionId(), c.second().versionId());
            pairs.add(a + "-" + b);
        }
        return pairs;
    }

    /** Every combination of office, department (1–3), position (1–3) and employee (1–3). */
    static List<Person> organisation() {
        List<Person> people = new ArrayList<>();
        for (Office office : Office.values()) {
            for (long department = 1; department <= 3; department++) {
                for (long position = 1; position <= 3; position++) {
                    for (long employee = 1; employee <= 3; employee++) {
                        people.add(new Person(employee, position, department, office));
                    }
                }
            }
        }
        return people;
    }

    static List<LocalDate> days(List<PolicyRule> rules) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(START.minusDays(1));
        for (PolicyRule rule : rules) {
            days.add(rule.effectiveFrom());
            days.add(rule.effectiveFrom().minusDays(1));
        }
        return new ArrayList<>(days);
    }

    static List<PolicyRule> handbook(Random random) {
        List<PolicyRule> rules = new ArrayList<>();
        int policies = 2 + random.nextInt(6);
        long versionId = 1;
        for (long policy = 1; policy <= policies; policy++) {
            PolicyCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            int versions = 1 + random.nextInt(3);
            for (int number = 1; number <= versions; number++) {
                rules.add(new PolicyRule(
                        versionId++, policy, number, category, scope(random), START.plusDays(random.nextInt(4) * 30L)));
            }
        }
        return rules;
    }

    static Scope scope(Random random) {
        ScopeKind kind = ScopeKind.values()[random.nextInt(ScopeKind.values().length)];
        return switch (kind) {
            case EVERYONE -> Scope.everyone();
            case OFFICE -> {
                Set<Office> offices = new HashSet<>();
                offices.add(Office.values()[random.nextInt(3)]);
                if (random.nextBoolean()) {
                    offices.add(Office.values()[random.nextInt(3)]);
                }
                yield Scope.offices(offices);
            }
            default -> {
                Set<Long> ids = new HashSet<>();
                ids.add(1L + random.nextInt(3));
                if (random.nextBoolean()) {
                    ids.add(1L + random.nextInt(3));
                }
                yield Scope.of(kind, ids);
            }
        };
    }
}
