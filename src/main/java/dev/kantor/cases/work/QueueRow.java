package dev.kantor.cases.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;

/**
 * A case as the queue reads it from its row, before its service clocks are measured.
 *
 * @param matching how many cases pass the queue's filter, where the statement counted them
 */
record QueueRow(
        long id,
        String reference,
        String subject,
        String customerName,
        Channel channel,
        CaseType type,
        String topic,
        Priority priority,
        CaseStatus status,
        Long ownerId,
        Instant openedAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant helpRequestedAt,
        int version,
        int matching) {

    static QueueRow of(ResultSet rs, int matching) throws SQLException {
        return new QueueRow(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("subject"),
                rs.getString("customer_name"),
                Channel.valueOf(rs.getString("channel")),
                CaseType.valueOf(rs.getString("case_type")),
                rs.getString("topic"),
                Priority.valueOf(rs.getString("priority")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_id", Long.class),
                instant(rs, "opened_at"),
                instant(rs, "first_response_at"),
                instant(rs, "resolved_at"),
                instant(rs, "help_requested_at"),
                rs.getInt("version"),
                matching);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
