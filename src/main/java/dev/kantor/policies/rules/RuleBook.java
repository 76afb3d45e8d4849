package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.policies.PolicyCategory;

/**
 * The policies' one rule, over the published versions: of a policy, the latest version in effect on a day
 * replaces its older ones (whomever they were for); of the policies in effect in one category, the one whose
 * scope is the most specific that applies wins (employee &gt; position &gt; department &gt; office &gt;
 * everyone); two at that level are a conflict, and then none wins.
 */
public final class RuleBook {

    /** Each policy's versions, older first. */
    private final Map<Long, List<PolicyRule>> byPolicy;

    public RuleBook(Collection<PolicyRule> published) {
        Map<Long, List<PolicyRule>> policies = new HashMap<>();
        for (PolicyRule rule : published) {
            policies.computeIfAbsent(rule.policyId(), id -> new ArrayList<>()).add(rule);
        }
        policies.values().forEach(versions -> versions.sort(PolicyRule.OLDER_FIRST));
        this.byPolicy = policies;
    }

    /** The versions in force on a day: one per policy at most, the latest to have taken effect. */
    public List<PolicyRule> inForce(LocalDate on) {
        List<PolicyRule> current = new ArrayList<>(byPolicy.size());
        for (List<PolicyRule> versions : byPolicy.values()) {
            current(versions, on).ifPresent(current::add);
        }
        return current;
    }

    /** The version of one policy in force on a day, if one has taken effect. */
    public Optional<PolicyRule> inForce(long policyId, LocalDate on) {
        return current(byPolicy.getOrDefault(policyId, List.of()), on);
    }

    private static Optional<PolicyRule> current(List<PolicyRule> olderFirst, LocalDate on) {
        for (int i = olderFirst.size() - 1; i >= 0; i--) {
            PolicyRule rule = olderFirst.get(i);
            if (!rule.effectiveFrom().isAfter(on)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** What applies to a person on a day, per category that has anything applying to them. */
    public Map<PolicyCategory, Outcome> resolve(Person person, LocalDate on) {
        return decide(inForce(on), person);
    }

    /** What applies to each of many people on one day: the versions in force are found once. */
    public Map<Long, Map<PolicyCategory, Outcome>> resolveAll(Collection<Person> people, LocalDate on) {
        List<PolicyRule> current = inForce(on);
        Map<Long, Map<PolicyCategory, Outcome>> all = new HashMap<>();
        for (Person person : people) {
            all.put(person.employeeId(), decide(current, person));
        }
        return all;
    }

    static Map<PolicyCategory, Outcome> decide(List<PolicyRule> inForce, Person person) {
        Map<PolicyCategory, List<PolicyRule>> best = new EnumMap<>(PolicyCategory.class);
        for (PolicyRule rule : inForce) {
            if (!rule.scope().appliesTo(person)) {
                continue;
            }
            List<PolicyRule> top = best.get(rule.category());
            if (top == null || rule.level() > top.get(0).level()) {
                List<PolicyRule> fresh = new ArrayList<>(2);
                fresh.add(rule);
                best.put(rule.category(), fresh);
            } else if (rule.level() == top.get(0).level()) {
                top.add(rule);
            }
        }
        Map<PolicyCategory, Outcome> outcomes = new EnumMap<>(PolicyCategory.class);
        best.forEach((category, top) -> outcomes.put(
                category,
                top.size() == 1
                        ? new Outcome(category, Optional.of(top.get(0)), List.of())
                        : new Outcome(
                                category,
                                Optional.empty(),
                                top.stream()
                                        .sorted(java.util.Comparator.comparingLong(PolicyRule::versionId))
                                        .toList())));
        return outcomes;
    }

    /**
     * The day a version stops being in force: the day a later version of its policy takes effect, or empty when
     * none does. A version that takes effect the day it stops was never in force.
     */
    public Optional<LocalDate> endOf(PolicyRule rule) {
        LocalDate end = null;
        for (PolicyRule other : byPolicy.getOrDefault(rule.policyId(), List.of())) {
            if (PolicyRule.OLDER_FIRST.compare(other, rule) > 0
                    && (end == null || other.effectiveFrom().isBefore(end))) {
                end = other.effectiveFrom();
            }
        }
        return Optional.ofNullable(end);
    }

    /**
     * The conflicts a version would be in if these were published with it: versions of other policies in the
     * same category, at the same level, whose scopes share someone, in force on some same day.
     */
    public List<Conflict> conflictsOf(PolicyRule candidate) {
        RuleBook with = with(candidate);
        List<Conflict> conflicts = new ArrayList<>();
        for (List<PolicyRule> versions : with.byPolicy.values()) {
            for (PolicyRule other : versions) {
                if (other.policyId() != candidate.policyId() && with.clash(candidate, other)) {
                    conflicts.add(new Conflict(candidate, other));
                }
            }
        }
        return conflicts;
    }

    /** Every conflict among the published versions, each pair once. */
    public List<Conflict> conflicts() {
        List<PolicyRule> all = byPolicy.values().stream().flatMap(List::stream).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                PolicyRule a = all.get(i);
                PolicyRule b = all.get(j);
                if (a.policyId() != b.policyId() && clash(a, b)) {
                    conflicts.add(a.versionId() < b.versionId() ? new Conflict(a, b) : new Conflict(b, a));
                }
            }
        }
        return conflicts;
    }

    /** This book with one more version (replacing a version of the same id). */
    public RuleBook with(PolicyRule added) {
        List<PolicyRule> all = new ArrayList<>();
        byPolicy.values().forEach(versions -> versions.stream()
                .filter(v -> v.versionId() != added.versionId())
                .forEach(all::add));
        all.add(added);
        return new RuleBook(all);
    }

    private boolean clash(PolicyRule a, PolicyRule b) {
        return a.category() == b.category() && a.scope().overlaps(b.scope()) && overlapInTime(a, b);
    }

    private boolean overlapInTime(PolicyRule a, PolicyRule b) {
        Optional<LocalDate> endA = endOf(a);
        Optional<LocalDate> endB = endOf(b);
        if (endA.filter(end -> !end.isAfter(a.effectiveFrom())).isPresent()
                || endB.filter(end -> !end.isAfter(b.effectiveFrom())).isPresent()) {
            return false;
        }
        boolean aStartsBeforeBEnds = endB.map(a.effectiveFrom()::isBefore).orElse(true);
        boolean bStartsBeforeAEnds = endA.map(b.effectiveFrom()::isBefore).orElse(true);
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    /** Two versions that would both apply to someone at the same level on some day. */
    public record Conflict(PolicyRule first, PolicyRule second) {}
}
