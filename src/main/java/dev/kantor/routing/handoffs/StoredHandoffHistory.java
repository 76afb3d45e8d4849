package dev.kantor.routing.handoffs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kantor.routing.HandoffHistory;
import dev.kantor.routing.PastHandoff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The handoffs as stored, one statement per page: a handoff's decision is when it was accepted or queued. */
@Component
@Transactional(readOnly = true)
class StoredHandoffHistory implements HandoffHistory {

    private static final String COLUMNS =
            "select id, case_id, topic, sender_id, sender_department_id, state, created_at, decided_at from handoff";

    private final JdbcClient jdbc;

    StoredHandoffHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PastHandoff> after(long afterId, int limit) {
        return jdbc.sql(COLUMNS + " where id > ? order by id limit ?")
                .params(afterId, Math.max(1, limit))
                .query((rs, n) -> past(rs))
                .list();
    }

    @Override
    public Optional<PastHandoff> of(long handoffId) {
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(handoffId)
                .query((rs, n) -> past(rs))
                .optional();
    }

    private static PastHandoff past(ResultSet rs) throws SQLException {
        HandoffState state = HandoffState.valueOf(rs.getString("state"));
        Instant decided = instant(rs.getTimestamp("decided_at"));
        long department = rs.getLong("sender_department_id");
        return new PastHandoff(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("topic"),
                rs.getLong("sender_id"),
                rs.wasNull() ? null : department,
                instant(rs.getTimestamp("created_at")),
                state == HandoffState.ACCEPTED ? decided : null,
                state == HandoffState.QUEUED ? decided : null);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
