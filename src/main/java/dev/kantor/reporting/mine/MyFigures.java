package dev.kantor.reporting.mine;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One employee's figures per day, from reporting's employee roll-up: only ever their own. */
@Service
@Transactional(readOnly = true)
class MyFigures {

    private final JdbcClient jdbc;

    MyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FigureTable of(long employeeId, LocalDate from, LocalDate to) {
        List<FigureTable.Row> rows = jdbc.sql(
                        """
                select on_day, opened, resolved, responded_met, resolved_met, rated, rating_sum
                from reporting_employee_day where employee_id = :employee and on_day between :from and :to
                order by on_day""")
                .param("employee", employeeId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    double rated = rs.getLong("rated");
                    double stars = rs.getLong("rating_sum");
                    return new FigureTable.Row(
                            List.of(rs.getDate("on_day").toLocalDate().toString()),
                            List.of(
                                    (double) rs.getLong("opened"),
                                    (double) rs.getLong("resolved"),
                                    (double) rs.getLong("responded_met"),
                                    (double) rs.getLong("resolved_met"),
                                    rated,
                                    rated == 0 ? 0 : Math.round(stars / rated * 10) / 10.0));
                })
                .list();
        return new FigureTable(
                "mine",
                List.of("day"),
                List.of("opened", "resolved", "responded_met", "resolved_met", "rated", "average_stars"),
                rows);
    }
}
