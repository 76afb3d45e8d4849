package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.ScopeKind;

/**
 * The seed's matrix: for each category, the version that applies in each work environment on a day, so that HR
 * sees at a glance what is equal for all and what differs. A cell weighs the versions that cover the whole
 * environment (everyone, its office, its department) by the one rule, and counts the narrower ones (positions,
 * named employees) as exceptions within it.
 */
public final class Matrix {

    private Matrix() {}

    /** One cell: what applies there, or the versions in conflict there. */
    public record Cell(Optional<PolicyRule> applies, List<PolicyRule> conflicting) {

        public boolean isConflict() {
            return !conflicting.isEmpty();
        }
    }

    /**
     * One row: a category's cells, column by column; the versions for positions or named people (exceptions within
     * the environments); and whether the same version applies everywhere, without exceptions.
     */
    public record Row(PolicyCategory category, List<Cell> cells, List<PolicyRule> exceptions, boolean equalForAll) {}

    public static List<Row> of(RuleBook book, List<Environment> columns, LocalDate on) {
        List<PolicyRule> inForce = book.inForce(on);
        Map<PolicyCategory, List<PolicyRule>> byCategory = new EnumMap<>(PolicyCategory.class);
        for (PolicyRule rule : inForce) {
            byCategory.computeIfAbsent(rule.category(), c -> new ArrayList<>()).add(rule);
        }
        List<Row> rows = new ArrayList<>();
        for (PolicyCategory category : PolicyCategory.values()) {
            List<PolicyRule> rules = byCategory.getOrDefault(category, List.of());
            List<Cell> cells = new ArrayList<>();
            for (Environment column : columns) {
                cells.add(cell(rules, column));
            }
            List<PolicyRule> exceptions = rules.stream()
                    .filter(rule -> rule.level() >= ScopeKind.POSITIONS.ordinal())
                    .sorted(java.util.Comparator.comparingLong(PolicyRule::versionId))
                    .toList();
            boolean equal = exceptions.isEmpty()
                    && cells.stream().noneMatch(Cell::isConflict)
                    && cells.stream().map(Cell::applies).distinct().count() <= 1;
            rows.add(new Row(category, cells, exceptions, equal));
        }
        return rows;
    }

    private static Cell cell(List<PolicyRule> rules, Environment column) {
        List<PolicyRule> top = new ArrayList<>();
        for (PolicyRule rule : rules) {
            if (!column.covers(rule.scope())) {
                continue;
            }
            if (top.isEmpty() || rule.level() > top.get(0).level()) {
                top.clear();
                top.add(rule);
            } else if (rule.level() == top.get(0).level()) {
                top.add(rule);
            }
        }
        if (top.size() > 1) {
            top.sort(java.util.Comparator.comparingLong(PolicyRule::versionId));
            return new Cell(Optional.empty(), top);
        }
        return new Cell(top.stream().findFirst(), List.of());
    }
}
