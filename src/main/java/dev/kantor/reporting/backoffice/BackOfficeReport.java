package dev.kantor.reporting.backoffice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's figures per department, from reporting's copy of internal requests. */
@Service
@Transactional(readOnly = true)
class BackOfficeReport {

    private final JdbcClient jdbc;

    BackOfficeReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests filed per day, resolved, resolved within target, and filed for a customer case. */
    FigureTable targets(LocalDate from, LocalDate to, Long departmentId) {
        String department = departmentId == null ? "" : " and department_id = :department";
        var sql = jdbc.sql(
                        "select filed_day, count(*), sum(case when resolved_at is null then 0 else 1 end), sum(target_met),"
                                + " sum(case when case_id is null then 0 else 1 end) from reporting_request"
                                + " where filed_day between :from and :to" + department
                                + " group by filed_day order by filed_day")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to));
        if (departmentId != null) {
            sql = sql.param("department", departmentId);
        }
        List<FigureTable.Row> rows = sql.query((rs, n) -> {
                    double resolved = rs.getLong(3);
                    double met = rs.getLong(4);
                    return new FigureTable.Row(
                            List.of(rs.getDate(1).toLocalDate().toString()),
                            List.of(
                                    (double) rs.getLong(2),
                                    resolved,
                                    met,
                                    resolved == 0 ? 0 : Math.round(1000 * met / resolved) / 10.0,
                                    (double) rs.getLong(5)));
                })
                .list();
        return new FigureTable(
                "back-office-targets",
                List.of("day"),
                List.of("filed", "resolved", "target_met", "target_share", "for_customers"),
                rows);
    }

    /** The open backlog by age (under a day, 1–3 days, 3–7 days, over a week), and how many serve a customer case. */
    FigureTable backlog(Long departmentId, Instant now) {
        String department = departmentId == null ? "" : " and department_id = :department";
        var sql = jdbc.sql("select filed_at, case_id from reporting_request where resolved_at is null" + department);
        if (departmentId != null) {
            sql = sql.param("department", departmentId);
        }
        double[][] counts = new double[4][2];
        sql.query(rs -> {
            Timestamp filed = rs.getTimestamp(1);
            rs.getLong(2);
            boolean forCustomer = !rs.wasNull();
            long hours = Duration.between(filed.toInstant(), now).toHours();
            int band = hours < 24 ? 0 : hours < 72 ? 1 : hours < 168 ? 2 : 3;
            counts[band][0]++;
            counts[band][1] += forCustomer ? 1 : 0;
        });
        List<String> bands = List.of("UNDER_A_DAY", "ONE_TO_THREE_DAYS", "THREE_TO_SEVEN_DAYS", "OVER_A_WEEK");
        List<FigureTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            rows.add(new FigureTable.Row(List.of(bands.get(i)), List.of(counts[i][0], counts[i][1])));
        }
        return new FigureTable("backlog", List.of("age"), List.of("open", "customer_cases_waiting"), rows);
    }
}
