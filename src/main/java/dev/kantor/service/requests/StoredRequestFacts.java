package dev.kantor.service.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.kantor.service.RequestFact;
import dev.kantor.service.RequestFacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The requests as stored, one statement per page, without their form values, files or comments. */
@Component
@Transactional(readOnly = true)
class StoredRequestFacts implements RequestFacts {

    private final JdbcClient jdbc;

    StoredRequestFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RequestFact> after(long afterId, int limit) {
        return jdbc.sql(
                        """
                select id, offering_id, department_id, requester_id, case_id, filed_at, resolved_at, target_met, rating,
                    rated_at
                from internal_request where id > ? order by id limit ?""")
                .params(afterId, Math.max(1, limit))
                .query((rs, n) -> {
                    long caseId = rs.getLong("case_id");
                    Long theCase = rs.wasNull() ? null : caseId;
                    boolean met = rs.getBoolean("target_met");
                    Boolean targetMet = rs.wasNull() ? null : met;
                    int stars = rs.getInt("rating");
                    Integer rating = rs.wasNull() ? null : stars;
                    return new RequestFact(
                            rs.getLong("id"),
                            rs.getLong("offering_id"),
                            rs.getLong("department_id"),
                            rs.getLong("requester_id"),
                            theCase,
                            instant(rs.getTimestamp("filed_at")),
                            instant(rs.getTimestamp("resolved_at")),
                            targetMet,
                            rating,
                            instant(rs.getTimestamp("rated_at")));
                })
                .list();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
