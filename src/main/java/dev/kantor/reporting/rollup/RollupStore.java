package dev.kantor.reporting.rollup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kantor.reporting.rollup.RollupColumns.Dimension;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reporting's own tables: each case's line, the day roll-ups built from them, handoffs and the
 * events already counted. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class RollupStore {

    private static final String MEASURE_COLUMNS = RollupColumns.measures();
    private static final String ADD_MEASURES =
            CaseLine.MEASURES.stream().map(m -> m + " = " + m + " + ?").collect(Collectors.joining(", "));
    private static final String SUM_MEASURES = RollupColumns.sums();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollupStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records that the event with this identity is being counted; false when it was counted before
     * (the caller then counts nothing). Rolled back with the caller's transaction, so an event whose
     * counting failed is counted when it is delivered again.
     */
    boolean firstTime(String eventKey, Instant at) {
        if (jdbc.sql("select count(*) from reporting_event where event_key = ?")
                        .param(eventKey)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        // counted at the same moment on another thread: the unique key refuses this one, and the caller's
        // transaction is rolled back and tried again (PostgreSQL allows nothing more in it after a refusal)
        jdbc.sql("insert into reporting_event (event_key, counted_at) values (?, ?)")
                .params(eventKey, Timestamp.from(at))
                .update();
        return true;
    }

    /**
     * Takes the roll-ups' lock until the transaction ends: a rebuild holds it throughout, each count of a
     * case event for its moment, so that neither sees the other half done.
     */
    void lockRollups() {
        jdbc.sql("select name from reporting_lock where name = 'rollups' for update")
                .query(String.class)
                .single();
    }

    /** The case's line as it last counted, its row locked until the transaction ends. */
    Optional<CaseLine> lockedLine(long caseId) {
        return jdbc.sql("select * from reporting_case where case_id = ? for update")
                .param(caseId)
                .query((rs, n) -> line(rs))
                .optional();
    }

    /** Replaces a case's share of the roll-ups: takes the old line out, puts the new one in. */
    void replace(Optional<CaseLine> before, CaseLine now) {
        before.ifPresent(old -> add(old, -1));
        add(now, 1);
        if (before.isPresent()) {
            // every column but the case's id, which is the first
            template.update(
                    "update reporting_case set "
                            + Stream.concat(
                                            RollupColumns.CASE.stream().skip(1).map(Dimension::column),
                                            CaseLine.MEASURES.stream())
                                    .map(column -> column + " = ?")
                                    .collect(Collectors.joining(", "))
                            + " where case_id = ?",
                    withId(values(now), now.caseId()));
        } else {
            insertLines(List.of(now));
        }
    }

    private static Object[] withId(Object[] values, long id) {
        Object[] all = new Object[values.length];
        System.arraycopy(values, 1, all, 0, values.length - 1);
        all[values.length - 1] = id;
        return all;
    }

    /** The line's values in the column order of reporting_case, the case's id first. */
    private static Object[] values(CaseLine l) {
        List<Object> values = new ArrayList<>(RollupColumns.values(RollupColumns.CASE, l));
        values.addAll(l.measures());
        return values.toArray();
    }

    /** The most lines one insert statement writes: 22 parameters each, well under every driver's limit. */
    static final int LINES_PER_STATEMENT = 250;

    /** Writes lines, many rows per statement: a rebuild writes a million of them. */
    void insertLines(List<CaseLine> lines) {
        String columns = "insert into reporting_case (" + RollupColumns.columns(RollupColumns.CASE) + ", "
                + MEASURE_COLUMNS + ") values ";
        String row = "(" + "?, ".repeat(RollupColumns.CASE.size() + CaseLine.MEASURES.size() - 1) + "?)";
        for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
            List<CaseLine> chunk = lines.subList(from, Math.min(lines.size(), from + LINES_PER_STATEMENT));
            List<Object> values = new ArrayList<>();
            chunk.forEach(l -> values.addAll(java.util.Arrays.asList(values(l))));
            template.update(
                    columns + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)), values.toArray());
        }
    }

    /** Adds a line's measures (times {@code sign}) to its day and month in the roll-ups. */
    private void add(CaseLine line, int sign) {
        List<Object> measures = new ArrayList<>();
        line.measures().forEach(m -> measures.add((long) m * sign));
        upsert("reporting_service_day", RollupColumns.SERVICE_DAY, line, measures);
        upsert("reporting_service_month", RollupColumns.SERVICE_MONTH, line, measures);
        upsert("reporting_employee_day", RollupColumns.EMPLOYEE_DAY, line, measures);
    }

    /** Adds to the row of the line's dimensions, creating it with these values when it is not there yet. */
    private void upsert(String table, List<Dimension> dimensions, CaseLine line, List<Object> measures) {
        List<Object> values = RollupColumns.values(dimensions, line);
        String where = dimensions.stream().map(d -> d.column() + " = ?").collect(Collectors.joining(" and "));
        List<Object> measuresThenDimensions = new ArrayList<>(measures);
        measuresThenDimensions.addAll(values);
        if (template.update(
                        "update " + table + " set " + ADD_MEASURES + " where " + where,
                        measuresThenDimensions.toArray())
                > 0) {
            return;
        }
        List<Object> dimensionsThenMeasures = new ArrayList<>(values);
        dimensionsThenMeasures.addAll(measures);
        // a row inserted meanwhile by another thread refuses this insert: the caller's transaction is tried again
        template.update(
                "insert into " + table + " (" + RollupColumns.columns(dimensions) + ", " + MEASURE_COLUMNS
                        + ") values (" + "?, ".repeat(dimensionsThenMeasures.size() - 1) + "?)",
                dimensionsThenMeasures.toArray());
    }

    /** Forgets every case's line and the day and month roll-ups built from them, before a rebuild. */
    void clearCases() {
        template.update("delete from reporting_service_month");
        template.update("delete from reporting_employee_day");
        template.update("delete from reporting_service_day");
        template.update("delete from reporting_case");
    }

    /** Builds both day roll-ups from the cases' lines, and the month roll-up from the days: three statements. */
    void rollUpLines() {
        rollUp("reporting_case", "reporting_service_day", RollupColumns.SERVICE_DAY);
        rollUp("reporting_case", "reporting_employee_day", RollupColumns.EMPLOYEE_DAY);
        rollUp("reporting_service_day", "reporting_service_month", RollupColumns.SERVICE_MONTH);
    }

    /** Fills a roll-up with the finer table's measures summed by the roll-up's dimensions. */
    private void rollUp(String finer, String table, List<Dimension> dimensions) {
        String groups = dimensions.stream().map(Dimension::fromFiner).collect(Collectors.joining(", "));
        template.update("insert into " + table + " (" + RollupColumns.columns(dimensions) + ", " + MEASURE_COLUMNS
                + ") select " + groups + ", " + SUM_MEASURES + " from " + finer + " group by " + groups);
    }

    private static final String HANDOFF_COLUMNS =
            "handoff_id, on_day, started_at, topic, channel, department_id, accepted, accept_seconds, queued";
    private static final String HANDOFF_MEASURES = "started, accepted, accept_seconds, queued";

    /** The handoff's line as it last counted, its row locked until the transaction ends. */
    Optional<HandoffLine> lockedHandoff(long handoffId) {
        return jdbc.sql("select " + HANDOFF_COLUMNS + " from reporting_handoff where handoff_id = ? for update")
                .param(handoffId)
                .query((rs, n) -> new HandoffLine(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getInt(9)))
                .optional();
    }

    /** Replaces a handoff's share of the day roll-up: takes the old line out, puts the new one in. */
    void replace(Optional<HandoffLine> before, HandoffLine now) {
        before.ifPresent(old -> addHandoff(old, -1));
        addHandoff(now, 1);
        if (before.isPresent()) {
            template.update(
                    "update reporting_handoff set on_day = ?, started_at = ?, topic = ?, channel = ?, department_id = ?,"
                            + " accepted = ?, accept_seconds = ?, queued = ? where handoff_id = ?",
                    withId(values(now), now.handoffId()));
        } else {
            insertHandoffs(List.of(now));
        }
    }

    private static Object[] values(HandoffLine l) {
        return new Object[] {
            l.handoffId(),
            Date.valueOf(l.day()),
            Timestamp.from(l.startedAt()),
            l.topic(),
            l.channel(),
            l.departmentId(),
            l.accepted(),
            l.acceptSeconds(),
            l.queued()
        };
    }

    /** Writes handoff lines, many rows per statement. */
    void insertHandoffs(List<HandoffLine> lines) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
            List<HandoffLine> chunk = lines.subList(from, Math.min(lines.size(), from + LINES_PER_STATEMENT));
            List<Object> values = new ArrayList<>();
            chunk.forEach(l -> values.addAll(java.util.Arrays.asList(values(l))));
            template.update(
                    "insert into reporting_handoff (" + HANDOFF_COLUMNS + ") values "
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)),
                    values.toArray());
        }
    }

    private void addHandoff(HandoffLine line, int sign) {
        Object[] values = {
            (long) sign,
            (long) line.accepted() * sign,
            line.acceptSeconds() * sign,
            (long) line.queued() * sign,
            Date.valueOf(line.day()),
            line.topic(),
            line.channel(),
            line.departmentId()
        };
        String update = "update reporting_handoff_day set started = started + ?, accepted = accepted + ?,"
                + " accept_seconds = accept_seconds + ?, queued = queued + ?"
                + " where on_day = ? and topic = ? and channel = ? and department_id = ?";
        if (template.update(update, values) > 0) {
            return;
        }
        // inserted meanwhile by another thread: refused, and the event is delivered again (its key rolled back too)
        template.update(
                "insert into reporting_handoff_day (on_day, topic, channel, department_id, " + HANDOFF_MEASURES
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                values[4],
                values[5],
                values[6],
                values[7],
                values[0],
                values[1],
                values[2],
                values[3]);
    }

    /** Forgets every handoff's line and the day roll-up built from them, before a rebuild. */
    void clearHandoffs() {
        template.update("delete from reporting_handoff_day");
        template.update("delete from reporting_handoff");
    }

    /** Builds the handoff day roll-up from the handoffs' lines, in one statement. */
    void rollUpHandoffs() {
        template.update("insert into reporting_handoff_day (on_day, topic, channel, department_id, "
                + HANDOFF_MEASURES + ") select on_day, topic, channel, department_id, count(*), sum(accepted),"
                + " sum(accept_seconds), sum(queued) from reporting_handoff group by on_day, topic, channel,"
                + " department_id");
    }

    /** How many handoff lines there are; for the rebuild's answer. */
    long handoffLines() {
        return jdbc.sql("select count(*) from reporting_handoff")
                .query(Long.class)
                .single();
    }

    /** The channel of each of these cases that reporting has a line of. */
    java.util.Map<Long, String> channelsOf(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, String> channels = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return channels;
        }
        jdbc.sql("select case_id, channel from reporting_case where case_id in (:ids)")
                .param("ids", caseIds)
                .query(rs -> {
                    channels.put(rs.getLong(1), rs.getString(2));
                });
        return channels;
    }

    /** Forgets reporting's copy of the internal requests, before a rebuild. */
    void clearRequests() {
        template.update("delete from reporting_request");
    }

    /** Writes requests as reporting's copy holds them after service's events, many rows per statement. */
    void insertRequests(List<dev.kantor.service.RequestFact> requests, java.time.ZoneId zone) {
        String row = "(?, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < requests.size(); from += LINES_PER_STATEMENT) {
            List<dev.kantor.service.RequestFact> chunk =
                    requests.subList(from, Math.min(requests.size(), from + LINES_PER_STATEMENT));
            List<Object> values = new ArrayList<>();
            for (var r : chunk) {
                values.add(r.requestId());
                values.add(r.departmentId());
                values.add(Date.valueOf(LocalDate.ofInstant(r.filedAt(), zone)));
                values.add(Timestamp.from(r.filedAt()));
                values.add(new SqlParameterValue(Types.BIGINT, r.caseId()));
                values.add(new SqlParameterValue(
                        Types.TIMESTAMP, r.resolvedAt() == null ? null : Timestamp.from(r.resolvedAt())));
                values.add(r.resolvedAt() != null && Boolean.TRUE.equals(r.targetMet()) ? 1 : 0);
            }
            template.update(
                    "insert into reporting_request (request_id, department_id, filed_day, filed_at, case_id,"
                            + " resolved_at, target_met) values "
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)),
                    values.toArray());
        }
    }

    /** How many requests reporting's copy holds; for the rebuild's answer. */
    long requestLines() {
        return jdbc.sql("select count(*) from reporting_request")
                .query(Long.class)
                .single();
    }

    /** How many case lines there are; for the rebuild's answer. */
    long caseLines() {
        return jdbc.sql("select count(*) from reporting_case").query(Long.class).single();
    }

    static CaseLine line(ResultSet rs) throws SQLException {
        List<Integer> measures = new ArrayList<>();
        for (String m : CaseLine.MEASURES) {
            measures.add(rs.getInt(m));
        }
        return new CaseLine(
                rs.getLong("case_id"),
                rs.getString("reference"),
                rs.getDate("on_day").toLocalDate(),
                rs.getString("topic"),
                rs.getString("channel"),
                rs.getString("case_type"),
                rs.getLong("department_id"),
                rs.getString("office"),
                rs.getString("outcome"),
                rs.getLong("employee_id"),
                measures);
    }
}
