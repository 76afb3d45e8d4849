package dev.kantor.reporting.backoffice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.service.InternalRequestRated;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the front office's ratings of the internal service from service's events: each request's rating is
 * one row under the request's key, and the department's day is added to only when that row is new, in the
 * same transaction and under the rating lock, so a rating delivered twice (even at once) counts once.
 */
@Component
class RatingRollup {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;

    RatingRollup(JdbcClient jdbc, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void on(InternalRequestRated e) {
        // the other rating writers wait, so that this one is counted after them and never twice
        jdbc.sql("select name from reporting_day_lock where name = 'rating' for update")
                .query(String.class)
                .single();
        boolean known = jdbc.sql("select count(*) from reporting_request_rating where request_id = ?")
                        .param(e.requestId())
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return;
        }
        Date day = Date.valueOf(LocalDate.ofInstant(e.at(), calendars.zone()));
        jdbc.sql(
                        """
                insert into reporting_request_rating (request_id, department_id, on_day, stars, rated_at)
                values (?, ?, ?, ?, ?)""")
                .params(e.requestId(), e.departmentId(), day, e.stars(), Timestamp.from(e.at()))
                .update();
        int updated = jdbc.sql(
                        """
                update reporting_request_rating_day set rated = rated + 1, stars_sum = stars_sum + ?
                where on_day = ? and department_id = ?""")
                .params(e.stars(), day, e.departmentId())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                    insert into reporting_request_rating_day (on_day, department_id, rated, stars_sum)
                    values (?, ?, 1, ?)""")
                    .params(day, e.departmentId(), e.stars())
                    .update();
        }
    }
}
