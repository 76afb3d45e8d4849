package dev.kantor.cases.resolution;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;

/**
 * Who may delegate what to whom. Admins set the limits of positions (a position's limit reaches
 * people in every manager's line, so only admins set them) and of any active employee. A manager
 * delegates to one active employee in their reporting line (a direct or indirect report) at a time,
 * and never more than their own limit for that kind of action, per action and per day; the head of
 * the organisation has no limit of their own to keep to. Nobody delegates to themselves or to their
 * own position. Withdrawing a delegation follows the same rules of reach.
 */
final class DelegationRules {

    /** What the rules need to know about the organisation. */
    interface Organisation extends Approvers.Line {

        boolean isActiveEmployee(long employeeId);

        Optional<Long> positionOf(long employeeId);

        boolean isActivePosition(long positionId);
    }

    /** Who delegates: the employee they are, if any, and whether they are an admin. */
    record Delegator(Long employeeId, boolean admin) {}

    /** The most a delegation may allow, per action or per day: a trillion rupiah. */
    static final long MAX_AMOUNT = 1_000_000_000_000L;

    private static final int MAX_DEPTH = 100;

    private DelegationRules() {}

    /**
     * Checks a delegation before it is saved.
     *
     * @throws InvalidInput      for missing or impossible values, an unknown or inactive employee or
     *                           position, or amounts above the delegator's own limit (400)
     * @throws DelegationRefused for a delegation that is not the delegator's to make (403)
     */
    static void checkDelegation(
            Delegator by,
            Delegation.Scope scope,
            Long scopeId,
            ResolutionType type,
            Long maxPerAction,
            Long maxPerDay,
            Organisation org) {
        if (scope == Delegation.Scope.POSITION && !by.admin()) {
            throw new DelegationRefused("scope", "authority.refused.positions");
        }
        new InputCheck()
                .required("scope", scope)
                .required("scopeId", scopeId)
                .required("type", type)
                .required("maxPerAction", maxPerAction)
                .required("maxPerDay", maxPerDay)
                .that(maxPerAction == null || maxPerAction >= 0, "maxPerAction", "validation.amount")
                .that(maxPerDay == null || maxPerDay >= 0, "maxPerDay", "validation.amount")
                .that(
                        maxPerAction == null || maxPerAction <= MAX_AMOUNT,
                        "maxPerAction",
                        "authority.amount-too-large",
                        Rupiah.format(MAX_AMOUNT))
                .that(
                        maxPerDay == null || maxPerDay <= MAX_AMOUNT,
                        "maxPerDay",
                        "authority.amount-too-large",
                        Rupiah.format(MAX_AMOUNT))
                .that(
                        maxPerAction == null || maxPerDay == null || maxPerDay >= maxPerAction,
                        "maxPerDay",
                        "validation.day-below-action")
                .throwIfAny();
        boolean exists =
                scope == Delegation.Scope.EMPLOYEE ? org.isActiveEmployee(scopeId) : org.isActivePosition(scopeId);
        if (!exists) {
            throw InvalidInput.of(
                    "scopeId",
                    scope == Delegation.Scope.EMPLOYEE ? "authority.unknown-employee" : "authority.unknown-position");
        }
        checkReach(by, scope, scopeId, org);
        if (!by.admin()) {
            checkWithinOwnLimit(by.employeeId(), type, maxPerAction, maxPerDay, org);
        }
    }

    /**
     * Checks that a delegation is the delegator's to withdraw.
     *
     * @throws DelegationRefused when it is not (403)
     */
    static void checkWithdrawal(Delegator by, Delegation delegation, Organisation org) {
        if (delegation.scope() == Delegation.Scope.POSITION && !by.admin()) {
            throw new DelegationRefused("scope", "authority.refused.positions");
        }
        checkReach(by, delegation.scope(), delegation.scopeId(), org);
    }

    /** Whether {@code employee} reports to {@code manager}, directly or through others. */
    static boolean reportsTo(long employee, long manager, LongFunction<Optional<Long>> managerOf) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> above = managerOf.apply(employee);
        while (above.isPresent() && seen.add(above.get()) && seen.size() <= MAX_DEPTH) {
            if (above.get() == manager) {
                return true;
            }
            above = managerOf.apply(above.get());
        }
        return false;
    }

    /**
     * The delegator's own limit for a kind of action, which caps what they may delegate; empty when
     * nothing caps it (admins, the head of the organisation).
     *
     * @throws DelegationRefused when they have no authority for it at all
     */
    static Optional<AuthorityLimit> ownLimit(Delegator by, ResolutionType type, Organisation org) {
        if (by.admin()
                || by.employeeId() != null && org.managerOf(by.employeeId()).isEmpty()) {
            return Optional.empty();
        }
        if (by.employeeId() == null) {
            throw new DelegationRefused("type", "authority.refused.no-own-authority");
        }
        return Optional.of(org.limitOf(by.employeeId(), type)
                .orElseThrow(() -> new DelegationRefused("type", "authority.refused.no-own-authority")));
    }

    private static void checkReach(Delegator by, Delegation.Scope scope, long scopeId, Organisation org) {
        Long me = by.employeeId();
        if (scope == Delegation.Scope.EMPLOYEE && me != null && me == scopeId) {
            throw new DelegationRefused("scopeId", "authority.refused.self");
        }
        if (scope == Delegation.Scope.POSITION
                && me != null
                && org.positionOf(me).filter(position -> position == scopeId).isPresent()) {
            throw new DelegationRefused("scopeId", "authority.refused.own-position");
        }
        if (!by.admin()
                && (me == null || scope != Delegation.Scope.EMPLOYEE || !reportsTo(scopeId, me, org::managerOf))) {
            throw new DelegationRefused("scopeId", "authority.refused.outside-line");
        }
    }

    private static void checkWithinOwnLimit(
            Long me, ResolutionType type, long maxPerAction, long maxPerDay, Organisation org) {
        Optional<AuthorityLimit> own = ownLimit(new Delegator(me, false), type, org);
        if (own.isEmpty()) {
            return;
        }
        AuthorityLimit limit = own.get();
        new InputCheck()
                .that(
                        maxPerAction <= limit.maxPerAction(),
                        "maxPerAction",
                        "authority.above-own-limit",
                        Rupiah.format(limit.maxPerAction()))
                .that(
                        maxPerDay <= limit.maxPerDay(),
                        "maxPerDay",
                        "authority.above-own-limit",
                        Rupiah.format(limit.maxPerDay()))
                .throwIfAny();
    }
}
