package dev.kantor.policies.handbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.rules.PolicyRule;
import dev.kantor.policies.rules.Scope;

/** One version of a policy as stored: a draft, or published and never changed again. */
public record StoredVersion(
        long id,
        long policyId,
        int number,
        PolicyCategory category,
        String titleEn,
        String titleIdn,
        String bodyEn,
        String bodyIdn,
        Scope scope,
        LocalDate effectiveFrom,
        VersionStatus status,
        ArrangementTerms arrangement,
        Instant createdAt,
        String createdBy,
        Instant publishedAt,
        String publishedBy,
        String signedOffBy,
        Instant signedOffAt,
        int version) {

    public enum VersionStatus {
        DRAFT,
        PUBLISHED
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    /** Whether a manager must sign this version off before it is published: its scope is narrower than everyone. */
    public boolean needsSignOff() {
        return scope.kind().isPerEnvironment();
    }

    /** Whether a manager signed off this version as it stands. */
    public boolean isSignedOff() {
        return signedOffBy != null;
    }

    public String title(Locale locale) {
        return "id".equals(locale.getLanguage()) ? titleIdn : titleEn;
    }

    public String body(Locale locale) {
        return "id".equals(locale.getLanguage()) ? bodyIdn : bodyEn;
    }

    /** The version as the one rule weighs it. */
    public PolicyRule rule() {
        return new PolicyRule(id, policyId, number, category, scope, effectiveFrom);
    }

    static ArrangementTerms terms(Boolean allowed, Integer days, LocalTime from, LocalTime until) {
        return allowed == null ? null : new ArrangementTerms(allowed, days == null ? 0 : days, from, until);
    }
}
