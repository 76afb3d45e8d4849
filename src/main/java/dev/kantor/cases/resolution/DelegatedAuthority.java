package dev.kantor.cases.resolution;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.cases.AuthorityDelegation;
import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers and admins delegate authority per position or per employee, within the rules of
 * {@link DelegationRules}: admins set position limits, a manager delegates to the people in their
 * reporting line no more than their own limit, nobody to themselves. Every change is audited.
 */
@Service
@Transactional
class DelegatedAuthority implements AuthorityDelegation {

    static final String AUDITED = "delegation";

    /**
     * What the signed-in person may delegate.
     *
     * @param positions whether they may set the limits of positions (admins)
     * @param capped    whether their own limits cap what they delegate (managers below the head of
     *                  the organisation); when not, {@code ownLimits} is empty
     * @param ownLimits their own limit per kind of action; a kind they lack is not theirs to delegate
     */
    public record Allowance(boolean positions, boolean capped, Map<ResolutionType, AuthorityLimit> ownLimits) {

        /** Whether they may delegate this kind of action at all. */
        public boolean covers(ResolutionType type) {
            return !capped || ownLimits.containsKey(type);
        }
    }

    private final Delegations delegations;
    private final Staff staff;
    private final People people;
    private final AuditTrail audit;

    DelegatedAuthority(Delegations delegations, Staff staff, People people, AuditTrail audit) {
        this.delegations = delegations;
        this.staff = staff;
        this.people = people;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delegation> all() {
        return delegations.all();
    }

    /** The signed-in person's own limits and whether they set position limits. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Allowance allowance() {
        DelegationRules.Delegator me = delegator();
        boolean capped = !me.admin()
                && (me.employeeId() == null || staff.managerOf(me.employeeId()).isPresent());
        Map<ResolutionType, AuthorityLimit> own = new EnumMap<>(ResolutionType.class);
        if (capped && me.employeeId() != null) {
            for (ResolutionType type : ResolutionType.values()) {
                staff.limitOf(me.employeeId(), type).ifPresent(limit -> own.put(type, limit));
            }
        }
        return new Allowance(me.admin(), capped, own);
    }

    /**
     * The active employees the signed-in person may delegate to: for a manager the people in their
     * reporting line, for an admin everyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<Employee> delegates() {
        DelegationRules.Delegator me = delegator();
        List<Employee> everyone = people.activeEmployees();
        Map<Long, Long> managers = everyone.stream()
                .filter(e -> e.getManagerId() != null)
                .collect(Collectors.toMap(Employee::getId, Employee::getManagerId));
        return everyone.stream()
                .filter(e -> !e.getId().equals(me.employeeId()))
                .filter(e -> me.admin()
                        || me.employeeId() != null
                                && DelegationRules.reportsTo(
                                        e.getId(), me.employeeId(), id -> Optional.ofNullable(managers.get(id))))
                .toList();
    }

    /** Whether the signed-in person may withdraw this delegation. */
    @Transactional(readOnly = true)
    public boolean mayWithdraw(Delegation delegation) {
        try {
            DelegationRules.checkWithdrawal(delegator(), delegation, staff);
            return true;
        } catch (DelegationRefused e) {
            return false;
        }
    }

    /**
     * Creates or changes the delegation for a scope and kind of action.
     *
     * @throws dev.kantor.platform.InvalidInput for bad values, an unknown employee or position, or
     *                                          amounts above the delegator's own limit
     * @throws DelegationRefused                when it is not the delegator's to make
     */
    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Delegation delegate(
            Delegation.Scope scope, Long scopeId, ResolutionType type, Long maxPerAction, Long maxPerDay) {
        DelegationRules.checkDelegation(delegator(), scope, scopeId, type, maxPerAction, maxPerDay, staff);
        return save(scope, scopeId, type, maxPerAction, maxPerDay, scopeName(scope, scopeId));
    }

    /** As {@link #delegate(Delegation.Scope, Long, ResolutionType, Long, Long)}, audited under the name given. */
    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Delegation delegate(
            Delegation.Scope scope,
            Long scopeId,
            ResolutionType type,
            Long maxPerAction,
            Long maxPerDay,
            String scopeName) {
        DelegationRules.checkDelegation(delegator(), scope, scopeId, type, maxPerAction, maxPerDay, staff);
        return save(scope, scopeId, type, maxPerAction, maxPerDay, scopeName);
    }

    /**
     * Withdraws a delegation, within the same reach as delegating.
     *
     * @throws KantorException   (not found) when there is no such delegation
     * @throws DelegationRefused when it is not the caller's to withdraw
     */
    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void withdraw(long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> KantorException.notFound("authority.not-found", id));
        DelegationRules.checkWithdrawal(delegator(), d, staff);
        delegations.remove(id);
        audit.changed(
                AUDITED,
                id,
                scopeName(d.scope(), d.scopeId()) + " · " + d.type(),
                AuditAction.DEACTIVATED,
                snapshot(d),
                Map.of());
    }

    private Delegation save(
            Delegation.Scope scope,
            long scopeId,
            ResolutionType type,
            long maxPerAction,
            long maxPerDay,
            String scopeName) {
        Map<String, String> before =
                snapshot(delegations.find(scope, scopeId, type).orElse(null));
        delegations.save(scope, scopeId, type, maxPerAction, maxPerDay);
        Delegation after = delegations.find(scope, scopeId, type).orElseThrow();
        audit.changed(
                AUDITED,
                after.id(),
                scopeName + " · " + type,
                before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED,
                before,
                snapshot(after));
        return after;
    }

    private String scopeName(Delegation.Scope scope, long scopeId) {
        Function<Long, Optional<String>> name = scope == Delegation.Scope.EMPLOYEE
                ? id -> people.employee(id).map(Employee::getFullName)
                : id -> people.position(id).map(Position::getTitleEn);
        return name.apply(scopeId).orElse(scope + " " + scopeId);
    }

    /** Who is delegating: Kantor itself (loading the demo company) counts as an admin. */
    private static DelegationRules.Delegator delegator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        return new DelegationRules.Delegator(
                CurrentUser.get().map(KantorUser::employeeId).orElse(null), admin);
    }

    private static Map<String, String> snapshot(Delegation d) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (d != null) {
            fields.put("maxPerAction", String.valueOf(d.maxPerAction()));
            fields.put("maxPerDay", String.valueOf(d.maxPerDay()));
        }
        return fields;
    }
}
