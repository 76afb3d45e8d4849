package dev.kantor.reporting.coverage;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.QueueChannels;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front office's coverage per queue and day, read from reporting's day roll-up in one grouped statement,
 * and the intervals or fill-ins behind a figure, read from reporting's rows of them. Both follow the filter the
 * same way, from what the figures mean: a queue filter keeps that queue; a channel filter keeps the queues that
 * serve the channel ({@link QueueChannels}); a department filter keeps the intervals of the queues that department
 * answered for on the floor when they closed and the fill-ins of that department's managers. Coverage is counted
 * per queue, and no queue serves a topic (cases reach queues by their channel), so a topic filter cannot apply:
 * callers refuse it or say so ({@link CoverageSection}).
 */
@Service
@Transactional(readOnly = true)
public class CoverageFigures {

    /** The table's id: its CSV's name and its anchor on the page. */
    static final String TABLE = "coverage";

    /** The most items a drill-down lists. */
    static final int MOST = 500;

    /** The measures that open the intervals behind them, and those that open the fill-ins. */
    static final Set<String> INTERVAL_MEASURES = Set.of("intervals", "short_intervals");

    static final Set<String> FILL_IN_MEASURES = Set.of("fill_ins", "fill_in_minutes");

    /** An interval behind a figure: staffed against required. */
    public record DrilledInterval(long queueId, LocalDate day, Instant start, Instant end, int required, int staffed) {

        public int shortBy() {
            return Math.max(0, required - staffed);
        }
    }

    /** A fill-in behind a figure: the manager, when and how long. */
    public record DrilledFillIn(
            long fillInId, long queueId, long employeeId, LocalDate day, Instant from, Instant until, long minutes) {}

    private final JdbcClient jdbc;
    private final WorkQueues queues;

    CoverageFigures(JdbcClient jdbc, WorkQueues queues) {
        this.jdbc = jdbc;
        this.queues = queues;
    }

    /** Intervals counted and short, fill-ins and their minutes, per queue and day of the period and filter. */
    public FigureTable table(FigureFilter filter) {
        Narrowing where = narrowing(filter, null, null);
        List<FigureTable.Row> rows = jdbc.sql(
                        "select queue_id, on_day, sum(intervals), sum(short_intervals), sum(fill_ins),"
                                + " sum(fill_in_minutes) from reporting_coverage_day" + where.sql()
                                + " group by queue_id, on_day order by on_day, queue_id")
                .params(where.params())
                .query((rs, n) -> new FigureTable.Row(
                        List.of(
                                String.valueOf(rs.getLong(1)),
                                rs.getDate(2).toLocalDate().toString()),
                        List.of((double) rs.getLong(3), (double) rs.getLong(4), (double) rs.getLong(5), (double)
                                rs.getLong(6))))
                .list();
        return new FigureTable(
                TABLE,
                List.of("queue", "day"),
                List.of("intervals", "short_intervals", "fill_ins", "fill_in_minutes"),
                rows);
    }

    /**
     * The intervals behind a figure of the period and filter, on one queue or day when the figure's row names
     * them; all of them or only the short ones; earliest first, at most {@value #MOST}.
     */
    List<DrilledInterval> intervals(FigureFilter filter, String measure, Long queueId, LocalDate day) {
        check(measure, INTERVAL_MEASURES);
        Narrowing where = narrowing(filter, queueId, day);
        String shortOnly = "short_intervals".equals(measure) ? " and is_short = 1" : "";
        return jdbc.sql(
                        "select queue_id, on_day, interval_start, interval_end, required, staffed from reporting_interval"
                                + where.sql() + shortOnly + " order by interval_start, queue_id limit " + MOST)
                .params(where.params())
                .query((rs, n) -> new DrilledInterval(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    /**
     * The fill-ins behind a figure of the period and filter, on one queue or day when the row names them;
     * earliest first.
     */
    List<DrilledFillIn> fillIns(FigureFilter filter, String measure, Long queueId, LocalDate day) {
        check(measure, FILL_IN_MEASURES);
        Narrowing where = narrowing(filter, queueId, day);
        return jdbc.sql("select fill_in_id, queue_id, employee_id, on_day, started_at, ended_at, minutes"
                        + " from reporting_fill_in" + where.sql() + " order by started_at, fill_in_id limit " + MOST)
                .params(where.params())
                .query((rs, n) -> new DrilledFillIn(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(),
                        rs.getLong(7)))
                .list();
    }

    private static void check(String measure, Set<String> measures) {
        new InputCheck()
                .that(measures.contains(measure), "measure", "reporting.validation.measure")
                .throwIfAny();
    }

    private record Narrowing(String sql, Map<String, Object> params) {}

    /**
     * The same conditions over the day roll-up and the interval and fill-in rows: each has {@code on_day},
     * {@code queue_id} and {@code department_id} (0 or null for none, which no department filter matches).
     */
    private Narrowing narrowing(FigureFilter filter, Long queueId, LocalDate day) {
        StringBuilder sql = new StringBuilder(" where on_day between :from and :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(filter.from()));
        params.put("to", Date.valueOf(filter.to()));
        if (filter.departmentId() != null) {
            sql.append(" and department_id = :department");
            params.put("department", filter.departmentId());
        }
        if (filter.queueId() != null) {
            sql.append(" and queue_id = :filtered_queue");
            params.put("filtered_queue", filter.queueId());
        }
        if (filter.channel() != null) {
            List<Long> serving = queues.all().stream()
                    .filter(q -> QueueChannels.serves(q.channel(), filter.channel()))
                    .map(QueueSummary::id)
                    .toList();
            if (serving.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and queue_id in (:serving)");
                params.put("serving", serving);
            }
        }
        if (queueId != null) {
            sql.append(" and queue_id = :queue");
            params.put("queue", queueId);
        }
        if (day != null) {
            sql.append(" and on_day = :day");
            params.put("day", Date.valueOf(day));
        }
        return new Narrowing(sql.toString(), params);
    }
}
