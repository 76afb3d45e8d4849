package dev.kantor.reporting.backoffice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal requests behind a figure of the back-office dashboard, read from reporting's copy of them:
 * filed, resolved, resolved within target or for a customer case on a day of the period; open in an age
 * band of the backlog; rated on a day. Held to one department when given.
 */
@Service
@Transactional(readOnly = true)
class RequestDrillDown {

    /** The most requests a drill-down lists. */
    static final int MOST = 500;

    static final Set<String> MEASURES =
            Set.of("filed", "resolved", "target_met", "for_customers", "open", "customer_cases_waiting", "rated");

    static final Set<String> DIMENSIONS = Set.of("day", "age", "department_id");

    /** The backlog's age bands, youngest first, each up to (not including) its upper bound in hours. */
    static final List<String> AGES = List.of("UNDER_A_DAY", "ONE_TO_THREE_DAYS", "THREE_TO_SEVEN_DAYS", "OVER_A_WEEK");

    private static final long[] AGE_BOUNDS = {0, 24, 72, 168, -1};

    /** A request behind a figure; its stars when rated. */
    public record DrilledRequest(
            long requestId,
            long departmentId,
            Instant filedAt,
            Instant resolvedAt,
            boolean targetMet,
            Long caseId,
            Integer stars) {}

    private final JdbcClient jdbc;

    RequestDrillDown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The requests counted in one measure of the period, narrowed by the labels of the row the figure stood in;
     * newest first, at most {@value #MOST}.
     *
     * @throws dev.kantor.platform.InvalidInput naming {@code measure} for an unknown measure or row label
     */
    List<DrilledRequest> requests(
            String measure, LocalDate from, LocalDate to, Long departmentId, Map<String, String> row, Instant now) {
        InputCheck check = new InputCheck()
                .that(MEASURES.contains(measure), "measure", "reporting.validation.measure")
                .that(DIMENSIONS.containsAll(row.keySet()), "measure", "reporting.validation.measure");
        check.that(!row.containsKey("age") || AGES.contains(row.get("age")), "measure", "reporting.validation.measure");
        check.that(!row.containsKey("day") || isDay(row.get("day")), "measure", "reporting.validation.measure");
        check.that(
                !row.containsKey("department_id") || isId(row.get("department_id")),
                "measure",
                "reporting.validation.measure");
        check.throwIfAny();

        boolean rated = "rated".equals(measure);
        boolean backlog = "open".equals(measure) || "customer_cases_waiting".equals(measure);
        String base = rated
                ? "reporting_request_rating r left join reporting_request q on q.request_id = r.request_id"
                : "reporting_request q left join reporting_request_rating r on r.request_id = q.request_id";
        String department = rated ? "r.department_id" : "q.department_id";
        StringBuilder sql = new StringBuilder("select coalesce(q.request_id, r.request_id), coalesce(q.department_id,"
                + " r.department_id), q.filed_at, q.resolved_at, q.target_met, q.case_id, r.stars from " + base
                + " where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!backlog) {
            String day = rated ? "r.on_day" : "q.filed_day";
            sql.append(" and ").append(day).append(" between :from and :to");
            params.put("from", Date.valueOf(from));
            params.put("to", Date.valueOf(to));
            if (row.containsKey("day")) {
                sql.append(" and ").append(day).append(" = :day");
                params.put("day", Date.valueOf(LocalDate.parse(row.get("day"))));
            }
        }
        if (departmentId != null) {
            sql.append(" and ").append(department).append(" = :department");
            params.put("department", departmentId);
        }
        if (row.containsKey("department_id")) {
            sql.append(" and ").append(department).append(" = :rowDepartment");
            params.put("rowDepartment", Long.parseLong(row.get("department_id")));
        }
        switch (measure) {
            case "resolved" -> sql.append(" and q.resolved_at is not null");
            case "target_met" -> sql.append(" and q.target_met = 1");
            case "for_customers" -> sql.append(" and q.case_id is not null");
            case "open" -> sql.append(" and q.resolved_at is null");
            case "customer_cases_waiting" -> sql.append(" and q.resolved_at is null and q.case_id is not null");
            default -> {}
        }
        if (backlog && row.containsKey("age")) {
            int band = AGES.indexOf(row.get("age"));
            // the page counts a request in the band of its whole hours waiting: under 24, under 72, under 168
            sql.append(" and q.filed_at <= :youngest");
            params.put("youngest", Timestamp.from(now.minus(Duration.ofHours(AGE_BOUNDS[band]))));
            if (AGE_BOUNDS[band + 1] > 0) {
                sql.append(" and q.filed_at > :oldest");
                params.put("oldest", Timestamp.from(now.minus(Duration.ofHours(AGE_BOUNDS[band + 1]))));
            }
        }
        sql.append(rated ? " order by r.rated_at desc" : " order by q.filed_at desc")
                .append(", 1 desc limit ")
                .append(MOST);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    Timestamp filed = rs.getTimestamp(3);
                    Timestamp resolved = rs.getTimestamp(4);
                    return new DrilledRequest(
                            rs.getLong(1),
                            rs.getLong(2),
                            filed == null ? null : filed.toInstant(),
                            resolved == null ? null : resolved.toInstant(),
                            rs.getInt(5) == 1,
                            (Long) rs.getObject(6, Long.class),
                            (Integer) rs.getObject(7, Integer.class));
                })
                .list();
    }

    private static boolean isDay(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isId(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
