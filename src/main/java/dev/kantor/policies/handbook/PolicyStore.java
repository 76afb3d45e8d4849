package dev.kantor.policies.handbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.ScopeKind;
import dev.kantor.policies.rules.Scope;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Policies and their versions in the database; a version changes only under the version it was read at. */
@Component
public class PolicyStore {

    private static final String SELECT =
            "select v.*, p.category from policy_version v join policy p on p.id = v.policy_id ";

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long createPolicy(PolicyCategory category, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into policy (category, created_at, created_by) values (?, ?, ?)")
                .params(category.name(), Timestamp.from(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<PolicyCategory> categoryOf(long policyId) {
        return jdbc.sql("select category from policy where id = ?")
                .param(policyId)
                .query(String.class)
                .optional()
                .map(PolicyCategory::valueOf);
    }

    long addVersion(long policyId, PolicyDraft draft, Scope scope, String by, Instant at) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from policy_version where policy_id = ?")
                .param(policyId)
                .query(Integer.class)
                .single();
        ArrangementTerms terms = draft.arrangement();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into policy_version (policy_id, number, title_en, title_id, body_en, body_id, scope_kind,
                    scope_targets, effective_from, status, arrangement_allowed, telework_days, core_from, core_until,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)""")
                .params(
                        policyId,
                        number,
                        draft.titleEn(),
                        draft.titleId(),
                        draft.bodyEn(),
                        draft.bodyId(),
                        scope.kind().name(),
                        scope.targets(),
                        draft.effectiveFrom(),
                        terms == null ? null : terms.allowed(),
                        terms == null ? null : terms.teleworkDaysPerWeek(),
                        time(terms == null ? null : terms.coreFrom()),
                        time(terms == null ? null : terms.coreUntil()),
                        Timestamp.from(at),
                        by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Changes a draft's text and scope; a published version is never changed. A draft whose content changed loses
     * its manager's sign-off ({@code keepSignOff} false), so that what is published is what the manager signed.
     */
    void changeDraft(long versionId, PolicyDraft draft, Scope scope, int expectedVersion, boolean keepSignOff) {
        ArrangementTerms terms = draft.arrangement();
        int changed = jdbc.sql(
                        """
                update policy_version set title_en = ?, title_id = ?, body_en = ?, body_id = ?, scope_kind = ?,
                    scope_targets = ?, effective_from = ?, arrangement_allowed = ?, telework_days = ?, core_from = ?,
                    core_until = ?, version = version + 1,
                    signed_off_by = case when ? then signed_off_by else null end,
                    signed_off_at = case when ? then signed_off_at else null end
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(
                        draft.titleEn(),
                        draft.titleId(),
                        draft.bodyEn(),
                        draft.bodyId(),
                        scope.kind().name(),
                        scope.targets(),
                        draft.effectiveFrom(),
                        terms == null ? null : terms.allowed(),
                        terms == null ? null : terms.teleworkDaysPerWeek(),
                        time(terms == null ? null : terms.coreFrom()),
                        time(terms == null ? null : terms.coreUntil()),
                        keepSignOff,
                        keepSignOff,
                        versionId,
                        expectedVersion)
                .update();
        stale(changed, versionId);
    }

    /** A manager signs off a draft as it stands, under the version it was read at. */
    void signOff(long versionId, int expectedVersion, String by, Instant at) {
        stale(
                jdbc.sql(
                                """
                update policy_version set signed_off_by = ?, signed_off_at = ?, version = version + 1
                where id = ? and version = ? and status = 'DRAFT' and signed_off_by is null""")
                        .params(by, Timestamp.from(at), versionId, expectedVersion)
                        .update(),
                versionId);
    }

    void publish(long versionId, int expectedVersion, String by, Instant at) {
        stale(
                jdbc.sql(
                                """
                update policy_version set status = 'PUBLISHED', published_by = ?, published_at = ?, version = version + 1
                where id = ? and version = ? and status = 'DRAFT'""")
                        .params(by, Timestamp.from(at), versionId, expectedVersion)
                        .update(),
                versionId);
    }

    /** Deletes a draft nobody published. */
    void deleteDraft(long versionId, int expectedVersion) {
        stale(
                jdbc.sql("delete from policy_version where id = ? and version = ? and status = 'DRAFT'")
                        .params(versionId, expectedVersion)
                        .update(),
                versionId);
    }

    public Optional<StoredVersion> version(long versionId) {
        return jdbc.sql(SELECT + "where v.id = ?")
                .param(versionId)
                .query((rs, row) -> read(rs))
                .optional();
    }

    /** A policy's versions, newest first. */
    public List<StoredVersion> versionsOf(long policyId) {
        return jdbc.sql(SELECT + "where v.policy_id = ? order by v.number desc")
                .param(policyId)
                .query((rs, row) -> read(rs))
                .list();
    }

    /** Every version of every policy, drafts included: for HR's list. */
    public List<StoredVersion> all() {
        return jdbc.sql(SELECT + "order by v.policy_id, v.number")
                .query((rs, row) -> read(rs))
                .list();
    }

    /** Every published version: what the one rule weighs. */
    public List<StoredVersion> published() {
        return jdbc.sql(SELECT + "where v.status = 'PUBLISHED' order by v.policy_id, v.number")
                .query((rs, row) -> read(rs))
                .list();
    }

    /** When anything was last published: whoever keeps the published versions in memory reads them again after. */
    public Optional<Instant> lastPublished() {
        return Optional.ofNullable(jdbc.sql("select max(published_at) from policy_version")
                        .query(Timestamp.class)
                        .optional()
                        .orElse(null))
                .map(Timestamp::toInstant);
    }

    private static void stale(int changed, long versionId) {
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Policy version " + versionId + " changed meanwhile");
        }
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private static StoredVersion read(ResultSet rs) throws SQLException {
        ScopeKind kind = ScopeKind.valueOf(rs.getString("scope_kind"));
        return new StoredVersion(
                rs.getLong("id"),
                rs.getLong("policy_id"),
                rs.getInt("number"),
                PolicyCategory.valueOf(rs.getString("category")),
                rs.getString("title_en"),
                rs.getString("title_id"),
                rs.getString("body_en"),
                rs.getString("body_id"),
                Scope.parse(kind, rs.getString("scope_targets")),
                rs.getDate("effective_from").toLocalDate(),
                StoredVersion.VersionStatus.valueOf(rs.getString("status")),
                StoredVersion.terms(
                        (Boolean) rs.getObject("arrangement_allowed"),
                        (Integer) rs.getObject("telework_days"),
                        localTime(rs.getTime("core_from")),
                        localTime(rs.getTime("core_until"))),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("published_at")),
                rs.getString("published_by"),
                rs.getString("signed_off_by"),
                instant(rs.getTimestamp("signed_off_at")),
                rs.getInt("version"));
    }

    private static LocalTime localTime(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
