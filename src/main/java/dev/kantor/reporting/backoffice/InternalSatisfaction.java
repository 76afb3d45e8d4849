package dev.kantor.reporting.backoffice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the front office rated the internal service it got: ratings and their mean per handling department
 * and day, read from reporting's day roll-up in one grouped statement.
 */
@Service
@Transactional(readOnly = true)
public class InternalSatisfaction {

    static final String TABLE = "internal-satisfaction";

    private final JdbcClient jdbc;

    InternalSatisfaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ratings and average stars per department and day of the period; one department's when given. */
    public FigureTable table(LocalDate from, LocalDate to, Long departmentId) {
        var sql = jdbc.sql("select department_id, on_day, sum(rated), sum(stars_sum) from reporting_request_rating_day"
                        + " where on_day between :from and :to"
                        + (departmentId == null ? "" : " and department_id = :department")
                        + " group by department_id, on_day order by on_day, department_id")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to));
        if (departmentId != null) {
            sql = sql.param("department", departmentId);
        }
        List<FigureTable.Row> rows = sql.query((rs, n) -> {
                    double rated = rs.getLong(3);
                    double stars = rs.getLong(4);
                    return new FigureTable.Row(
                            List.of(
                                    String.valueOf(rs.getLong(1)),
                                    rs.getDate(2).toLocalDate().toString()),
                            List.of(rated, rated == 0 ? 0 : Math.round(stars / rated * 10) / 10.0));
                })
                .list();
        return new FigureTable(TABLE, List.of("department_id", "day"), List.of("rated", "average_stars"), rows);
    }
}
