package dev.kantor.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managers delegate authority per position or per employee; every change is audited. */
@Service
@Transactional
public class AuthorityDelegation {

    static final String AUDITED = "delegation";

    private final Delegations delegations;
    private final AuditTrail audit;

    AuthorityDelegation(Delegations delegations, AuditTrail audit) {
        this.delegations = delegations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Delegation> all() {
        return delegations.all();
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void delegate(Delegation.Scope scope, Long scopeId, ResolutionType type, Long maxPerAction, Long maxPerDay,
            String scopeName) {
        new InputCheck().required("scope", scope).required("scopeId", scopeId).required("type", type)
                .required("maxPerAction", maxPerAction).required("maxPerDay", maxPerDay)
                .that(maxPerAction == null || maxPerAction >= 0, "maxPerAction", "validation.amount")
                .that(maxPerDay == null || maxPerDay >= 0, "maxPerDay", "validation.amount")
                .that(maxPerAction == null || maxPerDay == null || maxPerDay >= maxPerAction, "maxPerDay",
                        "validation.day-below-action")
                .throwIfAny();
        Map<String, String> before = snapshot(find(scope, scopeId, type));
        delegations.save(scope, scopeId, type, maxPerAction, maxPerDay);
        Delegation after = find(scope, scopeId, type);
        audit.changed(AUDITED, after.id(), scopeName + " · " + type, before.isEmpty() ? AuditAction.CREATED
                : AuditAction.UPDATED, before, snapshot(after));
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void withdraw(long id) {
        delegations.all().stream().filter(d -> d.id() == id).findFirst().ifPresent(d -> {
            delegations.remove(id);
            audit.changed(AUDITED, id, d.scope() + " " + d.scopeId() + " · " + d.type(), AuditAction.DEACTIVATED,
                    snapshot(d), Map.of());
        });
    }

    private Delegation find(Delegation.Scope scope, long scopeId, ResolutionType type) {
        return delegations.all().stream()
                .filter(d -> d.scope() == scope && d.scopeId() == scopeId && d.type() == type)
                .findFirst().orElse(null);
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
