package dev.kantor.reporting.coverage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps reporting's coverage from the floor's events: each interval and each fill-in is one row under its
 * own key, and the day's roll-up is added to only when that row is new, in the same transaction and under
 * the coverage lock, so an event delivered twice (after a restart, by redelivery, or at once) counts once.
 */
@Component
class CoverageRollup {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;

    CoverageRollup(JdbcClient jdbc, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void on(IntervalCovered e) {
        lock();
        boolean known = jdbc.sql("select count(*) from reporting_interval where queue_id = ? and interval_start = ?")
                        .params(e.queueId(), Timestamp.from(e.start()))
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(e.start(), calendars.zone());
        int isShort = e.isShort() ? 1 : 0;
        jdbc.sql(
                        """
                insert into reporting_interval (queue_id, interval_start, interval_end, on_day, required, staffed, is_short)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.queueId(),
                        Timestamp.from(e.start()),
                        Timestamp.from(e.end()),
                        Date.valueOf(day),
                        e.required(),
                        e.staffed(),
                        isShort)
                .update();
        addToDay(day, e.queueId(), 1, isShort, 0, 0);
    }

    @ApplicationModuleListener
    void on(FillInEnded e) {
        lock();
        boolean known = jdbc.sql("select count(*) from reporting_fill_in where fill_in_id = ?")
                        .param(e.fillInId())
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(e.from(), calendars.zone());
        jdbc.sql(
                        """
                insert into reporting_fill_in (fill_in_id, queue_id, employee_id, on_day, started_at, ended_at, minutes)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.fillInId(),
                        e.queueId(),
                        e.employeeId(),
                        Date.valueOf(day),
                        Timestamp.from(e.from()),
                        Timestamp.from(e.until()),
                        e.minutes())
                .update();
        addToDay(day, e.queueId(), 0, 0, 1, e.minutes());
    }

    /** Waits for the other coverage writers, so that this event is counted after them and never twice. */
    private void lock() {
        jdbc.sql("select name from reporting_day_lock where name = 'coverage' for update")
                .query(String.class)
                .single();
    }

    /** Adds to the queue's day, creating it when it is the first (under the lock, so only one is first). */
    private void addToDay(LocalDate day, long queueId, int intervals, int shortIntervals, int fillIns, long minutes) {
        int updated = jdbc.sql(
                        """
                update reporting_coverage_day set intervals = intervals + ?, short_intervals = short_intervals + ?,
                    fill_ins = fill_ins + ?, fill_in_minutes = fill_in_minutes + ?
                where on_day = ? and queue_id = ?""")
                .params(intervals, shortIntervals, fillIns, minutes, Date.valueOf(day), queueId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                    insert into reporting_coverage_day (on_day, queue_id, intervals, short_intervals, fill_ins,
                        fill_in_minutes)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(Date.valueOf(day), queueId, intervals, shortIntervals, fillIns, minutes)
                    .update();
        }
    }
}
