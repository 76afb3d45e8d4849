package dev.kantor.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer cases as the back office's work refers to them: found by id (their owner decides who may follow
 * internal requests filed for them), and told once that the back office did its part, which the case timeline
 * and the customer's portal then say.
 */
@Service
@Transactional
public class LinkedCases {

    private static final String SELECT =
            "select id, reference, subject, owner_id, status, opened_at from customer_case";

    private final JdbcClient jdbc;
    private final CaseTimeline timeline;

    LinkedCases(JdbcClient jdbc, CaseTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public Optional<LinkedCase> find(long caseId) {
        return jdbc.sql(SELECT + " where id = ?").param(caseId).query(this::row).optional();
    }

    @Transactional(readOnly = true)
    public Optional<LinkedCase> byReference(String reference) {
        return reference == null
                ? Optional.empty()
                : jdbc.sql(SELECT + " where reference = ?")
                        .param(reference.strip().toUpperCase(java.util.Locale.ROOT))
                        .query(this::row)
                        .optional();
    }

    /** The cases with these ids; ids of no case are left out. */
    @Transactional(readOnly = true)
    public Map<Long, LinkedCase> find(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        String ids = String.join(",", caseIds.stream().map(String::valueOf).toList());
        return jdbc.sql(SELECT + " where id in (" + ids + ")").query(this::row).list().stream()
                .collect(Collectors.toMap(LinkedCase::caseId, Function.identity()));
    }

    /**
     * Writes on the case's timeline, once per internal request, that the back office did its part: the customer
     * reads it on the portal in their words ("your refund has been paid out").
     *
     * @param outcome what was done: {@code REFUND}, {@code REPLACEMENT} or {@code OTHER}
     * @return whether the entry was written now (false when this request was told before)
     */
    public boolean recordBackOfficeDone(long requestId, long caseId, String outcome, Instant at) {
        return find(caseId).isPresent()
                && timeline.addOnce(
                        "internal-request:" + requestId,
                        caseId,
                        at,
                        EntryKind.BACK_OFFICE_DONE,
                        null,
                        null,
                        outcome == null ? "OTHER" : outcome);
    }

    private LinkedCase row(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_id");
        return new LinkedCase(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("subject"),
                rs.wasNull() ? null : owner,
                CaseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant());
    }
}
