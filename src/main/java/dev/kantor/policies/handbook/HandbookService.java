package dev.kantor.policies.handbook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.policies.Approach;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.Handbook;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.PolicyVersionRef;
import dev.kantor.policies.rules.RuleBook;
import dev.kantor.policies.rules.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR writes the handbook here, management decides per category and signs off; each change is audited in its
 * transaction. Publishing is checked against the one rule: a draft that would conflict with a published version
 * is refused, with the conflicts named.
 */
@Service
@Transactional
public class HandbookService implements Handbook {

    static final String AUDITED = "policy-version";

    private final PolicyStore store;
    private final Decisions decisions;
    private final ScopeReading scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    HandbookService(
            PolicyStore store,
            Decisions decisions,
            ScopeReading scopes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public PolicyVersionRef newPolicy(PolicyCategory category, PolicyDraft draft) {
        InputCheck check = new InputCheck().required("category", category);
        Scope scope = checked(category, draft, check);
        long policyId = store.createPolicy(category, CurrentUser.username(), clock.instant());
        return written(policyId, draft, scope);
    }

    @Override
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public PolicyVersionRef newVersion(long policyId, PolicyDraft draft) {
        PolicyCategory category =
                store.categoryOf(policyId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        Scope scope = checked(category, draft, new InputCheck());
        return written(policyId, draft, scope);
    }

    /** Changes a draft under the version it was read at; published versions are never changed. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public PolicyVersionRef changeDraft(long versionId, PolicyDraft draft, int expectedVersion) {
        StoredVersion before = draft(versionId);
        Scope scope = checked(before.category(), draft, new InputCheck());
        store.changeDraft(versionId, draft, scope, expectedVersion, sameContent(before, draft, scope));
        StoredVersion after = store.version(versionId).orElseThrow();
        audit.changed(AUDITED, versionId, after.titleEn(), AuditAction.UPDATED, snapshot(before), snapshot(after));
        return ref(after);
    }

    /** Removes a draft nobody published. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void deleteDraft(long versionId, int expectedVersion) {
        StoredVersion before = draft(versionId);
        store.deleteDraft(versionId, expectedVersion);
        audit.deleted(AUDITED, versionId, before.titleEn(), snapshot(before));
    }

    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void decide(PolicyCategory category, Approach approach, String reason) {
        new InputCheck()
                .required("category", category)
                .required("approach", approach)
                .required("reason", reason, 1000)
                .throwIfAny();
        Optional<Decision> before = decisions.of(category);
        decisions.decide(category, approach, reason.strip(), CurrentUser.username(), clock.instant());
        Map<String, String> after = Map.of("category", category.name(), "approach", approach.name(), "reason", reason);
        before.ifPresentOrElse(
                was -> audit.changed(
                        Decisions.AUDITED,
                        category.ordinal(),
                        category.name(),
                        AuditAction.UPDATED,
                        Map.of(
                                "category",
                                category.name(),
                                "approach",
                                was.approach().name(),
                                "reason",
                                was.reason()),
                        after),
                () -> audit.created(Decisions.AUDITED, category.ordinal(), category.name(), after));
    }

    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void signOff(PolicyCategory category, int expectedVersion) {
        Decision before = decisions.of(category).orElseThrow(() -> KantorException.notFound("policies.decision.none"));
        if (before.approach() != Approach.PER_ENVIRONMENT) {
            throw KantorException.invalid("policies.sign-off.not-needed");
        }
        decisions.signOff(category, expectedVersion, CurrentUser.username(), clock.instant());
        audit.noted(
                Decisions.AUDITED,
                category.ordinal(),
                category.name(),
                AuditAction.UPDATED,
                Map.of("approach", before.approach().name(), "signedOffBy", CurrentUser.username()));
    }

    @Override
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public PolicyVersionRef signOffVersion(long versionId, int expectedVersion) {
        StoredVersion before = draft(versionId);
        if (!before.needsSignOff()) {
            throw KantorException.invalid("policies.version-sign-off.not-needed");
        }
        if (before.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale");
        }
        if (before.isSignedOff()) {
            throw KantorException.conflict("policies.version-sign-off.already");
        }
        store.signOff(versionId, expectedVersion, CurrentUser.username(), clock.instant());
        StoredVersion after = store.version(versionId).orElseThrow();
        audit.noted(
                AUDITED,
                versionId,
                after.titleEn(),
                AuditAction.UPDATED,
                Map.of(
                        "signedOffBy",
                        after.signedOffBy(),
                        "signedOffAt",
                        after.signedOffAt().toString()));
        return ref(after);
    }

    @Override
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public PolicyVersionRef publish(long versionId, int expectedVersion) {
        // one publication at a time, so that two versions published at once cannot both pass the conflict check
        jdbc.sql("select id from policy_reminder_settings where id = 1 for update")
                .query(Integer.class)
                .single();
        StoredVersion before = draft(versionId);
        if (before.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale");
        }
        if (before.scope().kind().isPerEnvironment()) {
            Optional<Decision> decision = decisions.of(before.category());
            if (decision.map(Decision::approach).orElse(Approach.EQUAL_FOR_ALL) != Approach.PER_ENVIRONMENT) {
                throw KantorException.invalid("policies.publish.equal-for-all");
            }
            if (!decision.get().allowsEnvironments()) {
                throw KantorException.invalid("policies.publish.needs-sign-off");
            }
            if (!before.isSignedOff()) {
                throw KantorException.invalid("policies.publish.needs-version-sign-off");
            }
        }
        List<RuleBook.Conflict> conflicts =
                new RuleBook(store.published().stream().map(StoredVersion::rule).toList()).conflictsOf(before.rule());
        if (!conflicts.isEmpty()) {
            throw new PublishingConflict(conflicts.stream()
                    .map(c -> c.second().versionId())
                    .distinct()
                    .sorted()
                    .toList());
        }
        store.publish(versionId, expectedVersion, CurrentUser.username(), clock.instant());
        StoredVersion after = store.version(versionId).orElseThrow();
        audit.changed(AUDITED, versionId, after.titleEn(), AuditAction.UPDATED, snapshot(before), snapshot(after));
        events.publishEvent(
                new PolicyVersionPublished(versionId, after.policyId(), after.category(), after.effectiveFrom()));
        return ref(after);
    }

    /** The conflicts a draft would be in if it were published now: what HR must settle first. */
    @Transactional(readOnly = true)
    public List<RuleBook.Conflict> conflictsOf(StoredVersion draft) {
        return new RuleBook(store.published().stream().map(StoredVersion::rule).toList()).conflictsOf(draft.rule());
    }

    private StoredVersion draft(long versionId) {
        StoredVersion version =
                store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        if (version.isPublished()) {
            throw KantorException.conflict("policies.published-is-final");
        }
        return version;
    }

    private PolicyVersionRef written(long policyId, PolicyDraft draft, Scope scope) {
        long versionId = store.addVersion(policyId, draft, scope, CurrentUser.username(), clock.instant());
        StoredVersion stored = store.version(versionId).orElseThrow();
        audit.created(AUDITED, versionId, stored.titleEn(), snapshot(stored));
        return ref(stored);
    }

    private Scope checked(PolicyCategory category, PolicyDraft draft, InputCheck check) {
        if (draft == null) {
            check.add("titleEn", "validation.required").throwIfAny();
        }
        check.required("titleEn", draft.titleEn(), 200)
                .required("titleId", draft.titleId(), 200)
                .required("bodyEn", draft.bodyEn(), 8000)
                .required("bodyId", draft.bodyId(), 8000)
                .required("effectiveFrom", draft.effectiveFrom())
                .date("effectiveFrom", draft.effectiveFrom());
        Scope scope = scopes.read(draft.scopeKind(), draft.scopeTargets(), check);
        ArrangementTerms terms = draft.arrangement();
        if (category != null && category.isArrangement()) {
            if (terms == null) {
                check.add("arrangementAllowed", "validation.required");
            } else if (terms.allowed()) {
                if (category == PolicyCategory.TELEWORK) {
                    check.range("teleworkDays", terms.teleworkDaysPerWeek(), 1, 5);
                } else {
                    check.required("coreFrom", terms.coreFrom()).required("coreUntil", terms.coreUntil());
                    if (terms.coreFrom() != null
                            && terms.coreUntil() != null
                            && !terms.coreFrom().isBefore(terms.coreUntil())) {
                        check.add("coreUntil", "policies.core-hours.order");
                    }
                }
            }
        } else if (terms != null) {
            check.add("arrangementAllowed", "policies.arrangement.not-for-category");
        }
        check.throwIfAny();
        return scope;
    }

    /** Whether a change leaves a draft's content as it was: only then does its manager's sign-off still hold. */
    static boolean sameContent(StoredVersion before, PolicyDraft draft, Scope scope) {
        return before.titleEn().equals(draft.titleEn())
                && before.titleIdn().equals(draft.titleId())
                && before.bodyEn().equals(draft.bodyEn())
                && before.bodyIdn().equals(draft.bodyId())
                && before.scope().equals(scope)
                && before.effectiveFrom().equals(draft.effectiveFrom())
                && java.util.Objects.equals(before.arrangement(), draft.arrangement());
    }

    static PolicyVersionRef ref(StoredVersion version) {
        return new PolicyVersionRef(version.policyId(), version.id(), version.version());
    }

    static Map<String, String> snapshot(StoredVersion v) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", v.category().name());
        fields.put("number", String.valueOf(v.number()));
        fields.put("titleEn", v.titleEn());
        fields.put("titleId", v.titleIdn());
        fields.put("scope", v.scope().kind() + " " + v.scope().targets());
        fields.put("effectiveFrom", String.valueOf(v.effectiveFrom()));
        fields.put("status", v.status().name());
        if (v.signedOffBy() != null) {
            fields.put("signedOffBy", v.signedOffBy());
        }
        if (v.arrangement() != null) {
            ArrangementTerms t = v.arrangement();
            fields.put(
                    "arrangement",
                    t.allowed() + " " + t.teleworkDaysPerWeek() + " " + text(t.coreFrom()) + "-" + text(t.coreUntil()));
        }
        return fields;
    }

    private static String text(LocalTime time) {
        return time == null ? "" : time.toString();
    }

    static LocalDate today(Clock clock, java.time.ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
