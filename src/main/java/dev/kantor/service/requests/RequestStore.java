package dev.kantor.service.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.KantorException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Internal requests in the database: rows, their form values, pauses and history; every change checks the version. */
@Component
public class RequestStore {

    static final String COLUMNS =
            """
            r.id, r.offering_id, r.department_id, r.requester_id, r.case_id, r.origin, r.status, r.assignee_id,
            r.filed_at, r.started_at, r.due_at, r.resolved_at, r.target_minutes, r.target_met, r.resolution_note,
            r.rating, r.rating_comment, r.version""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    RequestStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new request; for one filed by a fact ({@code origin}), empty when that fact filed one before. */
    Optional<Long> insert(
            long serviceId,
            long departmentId,
            long requesterId,
            Long caseId,
            String origin,
            RequestStatus status,
            Long assigneeId,
            Instant filedAt,
            Instant startedAt,
            Instant dueAt,
            int targetMinutes,
            Map<String, String> values) {
        KeyHolder key = new GeneratedKeyHolder();
        int written = jdbc.sql(
                        """
                        insert into internal_request (offering_id, department_id, requester_id, case_id, origin, status,
                            assignee_id, filed_at, started_at, due_at, target_minutes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        serviceId,
                        departmentId,
                        requesterId,
                        caseId,
                        origin,
                        status.name(),
                        assigneeId,
                        ts(filedAt),
                        ts(startedAt),
                        ts(dueAt),
                        targetMinutes)
                .update(key, "id");
        if (written == 0) {
            return Optional.empty();
        }
        long id = key.getKeyAs(Number.class).longValue();
        values.forEach((name, value) -> jdbc.sql(
                        "insert into internal_request_value (request_id, name, field_value) values (?, ?, ?)")
                .params(id, name, value)
                .update());
        return Optional.of(id);
    }

    /** Rows written in batches of a thousand; see {@link RequestHistory#recordMany}. */
    void insertMany(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate(
                    """
                    insert into internal_request (offering_id, department_id, requester_id, status, assignee_id,
                        filed_at, started_at, due_at, resolved_at, target_minutes, target_met, rating)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows.subList(from, Math.min(rows.size(), from + 1000)),
                    new int[] {
                        java.sql.Types.BIGINT,
                        java.sql.Types.BIGINT,
                        java.sql.Types.BIGINT,
                        java.sql.Types.VARCHAR,
                        java.sql.Types.BIGINT,
                        java.sql.Types.TIMESTAMP,
                        java.sql.Types.TIMESTAMP,
                        java.sql.Types.TIMESTAMP,
                        java.sql.Types.TIMESTAMP,
                        java.sql.Types.INTEGER,
                        java.sql.Types.BOOLEAN,
                        java.sql.Types.INTEGER
                    });
        }
    }

    Optional<InternalRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from internal_request r where r.id = ?")
                .param(id)
                .query(RequestStore::row)
                .optional()
                .map(r -> withValues(r, values(id)));
    }

    InternalRequest get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("service.request.not-found"));
    }

    Map<String, String> values(long id) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select name, field_value from internal_request_value where request_id = ? order by name")
                .param(id)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    List<TargetClock.Span> pauses(long id) {
        return jdbc.sql("select from_at, to_at from internal_request_pause where request_id = ? order by from_at")
                .param(id)
                .query((rs, row) -> new TargetClock.Span(instant(rs, "from_at"), instant(rs, "to_at")))
                .list();
    }

    Map<Long, List<TargetClock.Span>> pauses(List<Long> ids) {
        Map<Long, List<TargetClock.Span>> pauses = new HashMap<>();
        if (ids.isEmpty()) {
            return pauses;
        }
        jdbc.sql("select request_id, from_at, to_at from internal_request_pause where request_id in ("
                        + String.join(",", ids.stream().map(String::valueOf).toList())
                        + ") order by request_id, from_at")
                .query(rs -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TargetClock.Span(instant(rs, "from_at"), instant(rs, "to_at")));
                });
        return pauses;
    }

    void pause(long id, Instant from) {
        jdbc.sql("insert into internal_request_pause (request_id, from_at) values (?, ?)")
                .params(id, ts(from))
                .update();
    }

    void resume(long id, Instant to) {
        jdbc.sql("update internal_request_pause set to_at = ? where request_id = ? and to_at is null")
                .params(ts(to), id)
                .update();
    }

    /** Writes the moving parts of a request, if nobody changed it since {@code expectedVersion}. */
    void update(InternalRequest r, int expectedVersion) {
        int changed = jdbc.sql(
                        """
                        update internal_request set status = ?, assignee_id = ?, started_at = ?, due_at = ?,
                            resolved_at = ?, target_met = ?, resolution_note = ?, rating = ?, rating_comment = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(
                        r.status().name(),
                        r.assigneeId(),
                        ts(r.startedAt()),
                        ts(r.dueAt()),
                        ts(r.resolvedAt()),
                        r.targetMet(),
                        r.resolutionNote(),
                        r.rating(),
                        r.ratingComment(),
                        r.id(),
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    void rated(long id, Instant at) {
        jdbc.sql("update internal_request set rated_at = ? where id = ?")
                .params(ts(at), id)
                .update();
    }

    long comment(long requestId, Long authorId, Instant at, RequestComment.Kind kind, String body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into internal_request_comment (request_id, author_id, at, kind, body) values (?, ?, ?, ?, ?)")
                .params(requestId, authorId, ts(at), kind.name(), body)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<RequestComment> comments(long requestId) {
        return jdbc.sql(
                        "select id, request_id, author_id, at, kind, body from internal_request_comment where request_id = ? order by at, id")
                .param(requestId)
                .query((rs, row) -> {
                    long author = rs.getLong("author_id");
                    Long authorId = rs.wasNull() ? null : author;
                    return new RequestComment(
                            rs.getLong("id"),
                            rs.getLong("request_id"),
                            authorId,
                            instant(rs, "at"),
                            RequestComment.Kind.valueOf(rs.getString("kind")),
                            rs.getString("body"));
                })
                .list();
    }

    static InternalRequest row(ResultSet rs, int row) throws SQLException {
        return new InternalRequest(
                rs.getLong("id"),
                rs.getLong("offering_id"),
                rs.getLong("department_id"),
                rs.getLong("requester_id"),
                nullableLong(rs, "case_id"),
                rs.getString("origin"),
                RequestStatus.valueOf(rs.getString("status")),
                nullableLong(rs, "assignee_id"),
                instant(rs, "filed_at"),
                instant(rs, "started_at"),
                instant(rs, "due_at"),
                instant(rs, "resolved_at"),
                rs.getInt("target_minutes"),
                (Boolean) rs.getObject("target_met"),
                rs.getString("resolution_note"),
                (Integer) rs.getObject("rating"),
                rs.getString("rating_comment"),
                rs.getInt("version"),
                Map.of());
    }

    static InternalRequest withValues(InternalRequest r, Map<String, String> values) {
        return new InternalRequest(
                r.id(),
                r.serviceId(),
                r.departmentId(),
                r.requesterId(),
                r.caseId(),
                r.origin(),
                r.status(),
                r.assigneeId(),
                r.filedAt(),
                r.startedAt(),
                r.dueAt(),
                r.resolvedAt(),
                r.targetMinutes(),
                r.targetMet(),
                r.resolutionNote(),
                r.rating(),
                r.ratingComment(),
                r.version(),
                values);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
