package dev.kantor.scheduling.check;

import java.util.List;

import dev.kantor.scheduling.problem.DayCoverage;
import dev.kantor.scheduling.problem.Shortfall;

/**
 * What the checker found: every broken rule, every short interval, and the schedule's cost,
 * over-coverage and coverage per day as counted by the checker itself.
 */
public record CheckReport(
        List<Violation> violations,
        List<Shortfall> shortfalls,
        long paidMinutes,
        long overCoverage,
        List<DayCoverage> coverage) {

    public CheckReport {
        violations = List.copyOf(violations);
        shortfalls = List.copyOf(shortfalls);
        coverage = List.copyOf(coverage);
    }

    /** No rule broken (short intervals are not a broken rule when the answer reports them). */
    public boolean valid() {
        return violations.isEmpty();
    }

    public boolean has(ViolationKind kind) {
        return violations.stream().anyMatch(v -> v.kind() == kind);
    }
}
