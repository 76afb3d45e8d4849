package dev.kantor.reporting.rollup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reporting's own tables: each case's line, the day roll-ups built from them, handoffs and the
 * events already counted. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class RollupStore {

    private static final String MEASURE_COLUMNS = String.join(", ", CaseLine.MEASURES);
    private static final String ADD_MEASURES =
            CaseLine.MEASURES.stream().map(m -> m + " = " + m + " + ?").collect(Collectors.joining(", "));
    private static final String SUM_MEASURES =
            CaseLine.MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));

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
            template.update(
                    "update reporting_case set reference = ?, on_day = ?, topic = ?, channel = ?, case_type = ?,"
                            + " department_id = ?, office = ?, outcome = ?, employee_id = ?, "
                            + CaseLine.MEASURES.stream().map(m -> m + " = ?").collect(Collectors.joining(", "))
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
        List<Object> values = new ArrayList<>();
        values.add(l.caseId());
        values.add(l.reference());
        values.add(Date.valueOf(l.day()));
        values.add(l.topic());
        values.add(l.channel());
        values.add(l.caseType());
        values.add(l.departmentId());
        values.add(l.office());
        values.add(l.outcome());
        values.add(l.employeeId());
        values.addAll(l.measures());
        return values.toArray();
    }

    /** The most lines one insert statement writes: 22 parameters each, well under every driver's limit. */
    static final int LINES_PER_STATEMENT = 250;

    /** Writes lines, many rows per statement: a rebuild writes a million of them. */
    void insertLines(List<CaseLine> lines) {
        String columns =
                "insert into reporting_case (case_id, reference, on_day, topic, channel, case_type, department_id,"
                        + " office, outcome, employee_id, " + MEASURE_COLUMNS + ") values ";
        String row = "(" + "?, ".repeat(9 + CaseLine.MEASURES.size()) + "?)";
        for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
            List<CaseLine> chunk = lines.subList(from, Math.min(lines.size(), from + LINES_PER_STATEMENT));
            List<Object> values = new ArrayList<>();
            chunk.forEach(l -> values.addAll(java.util.Arrays.asList(values(l))));
            template.update(
                    columns + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)), values.toArray());
        }
    }

    /** Adds a line's measures (times {@code sign}) to its day in both roll-ups. */
    private void add(CaseLine line, int sign) {
        List<Object> measures = new ArrayList<>();
        line.measures().forEach(m -> measures.add((long) m * sign));
        List<Object> service = new ArrayList<>(measures);
        service.addAll(List.of(
                Date.valueOf(line.day()),
                line.topic(),
                line.channel(),
                line.caseType(),
                line.departmentId(),
                line.office(),
                line.outcome()));
        upsert("reporting_service_day", CaseLine.SERVICE_DIMENSIONS, service.toArray(), measures.size());
        List<Object> employee = new ArrayList<>(measures);
        employee.add(Date.valueOf(line.day()));
        employee.add(line.employeeId());
        upsert("reporting_employee_day", List.of("on_day", "employee_id"), employee.toArray(), measures.size());
    }

    /** Adds to the row of these dimensions, creating it with these values when it is not there yet. */
    private void upsert(String table, List<String> dimensions, Object[] measuresThenDimensions, int measureCount) {
        String where = dimensions.stream().map(d -> d + " = ?").collect(Collectors.joining(" and "));
        if (template.update("update " + table + " set " + ADD_MEASURES + " where " + where, measuresThenDimensions)
                > 0) {
            return;
        }
        Object[] dimensionsThenMeasures = new Object[measuresThenDimensions.length];
        int dimensionCount = measuresThenDimensions.length - measureCount;
        System.arraycopy(measuresThenDimensions, measureCount, dimensionsThenMeasures, 0, dimensionCount);
        System.arraycopy(measuresThenDimensions, 0, dimensionsThenMeasures, dimensionCount, measureCount);
        // a row inserted meanwhile by another thread refuses this insert: the caller's transaction is tried again
        template.update(
                "insert into " + table + " (" + String.join(", ", dimensions) + ", " + MEASURE_COLUMNS + ") values ("
                        + "?, ".repeat(dimensionCount + measureCount - 1) + "?)",
                dimensionsThenMeasures);
    }

    /** Forgets every case's line and the day roll-ups built from them, before a rebuild. */
    void clearCases() {
        template.update("delete from reporting_employee_day");
        template.update("delete from reporting_service_day");
        template.update("delete from reporting_case");
    }

    /** Builds both day roll-ups from the cases' lines, in two statements. */
    void rollUpLines() {
        String serviceDimensions = String.join(", ", CaseLine.SERVICE_DIMENSIONS);
        template.update("insert into reporting_service_day (" + serviceDimensions + ", " + MEASURE_COLUMNS
                + ") select " + serviceDimensions + ", " + SUM_MEASURES + " from reporting_case group by "
                + serviceDimensions);
        template.update("insert into reporting_employee_day (on_day, employee_id, " + MEASURE_COLUMNS
                + ") select on_day, employee_id, " + SUM_MEASURES
                + " from reporting_case group by on_day, employee_id");
    }

    /** A handoff started: counted on its day, remembered for the time to accept. */
    void handoffStarted(long handoffId, LocalDate day, Instant at) {
        jdbc.sql("insert into reporting_handoff (handoff_id, on_day, started_at) values (?, ?, ?)")
                .params(handoffId, Date.valueOf(day), Timestamp.from(at))
                .update();
        addHandoff(day, 1, 0, 0, 0);
    }

    /** A handoff accepted: counted on the day it started, with the seconds it took. */
    void handoffAccepted(long handoffId, Instant at) {
        startOf(handoffId)
                .ifPresent(start -> addHandoff(
                        start.day(),
                        0,
                        1,
                        Math.max(0, Duration.between(start.at(), at).toSeconds()),
                        0));
    }

    /** A handoff reached the team queue. */
    void handoffQueued(long handoffId) {
        startOf(handoffId).ifPresent(start -> addHandoff(start.day(), 0, 0, 0, 1));
    }

    private record Start(LocalDate day, Instant at) {}

    private Optional<Start> startOf(long handoffId) {
        return jdbc.sql("select on_day, started_at from reporting_handoff where handoff_id = ?")
                .param(handoffId)
                .query((rs, n) -> new Start(
                        rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    private void addHandoff(LocalDate day, long started, long accepted, long seconds, long queued) {
        Object[] values = {started, accepted, seconds, queued, Date.valueOf(day)};
        String update = "update reporting_handoff_day set started = started + ?, accepted = accepted + ?,"
                + " accept_seconds = accept_seconds + ?, queued = queued + ? where on_day = ?";
        if (template.update(update, values) > 0) {
            return;
        }
        // inserted meanwhile by another thread: refused, and the event is delivered again (its key rolled back too)
        template.update(
                "insert into reporting_handoff_day (on_day, started, accepted, accept_seconds, queued)"
                        + " values (?, ?, ?, ?, ?)",
                Date.valueOf(day),
                started,
                accepted,
                seconds,
                queued);
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
