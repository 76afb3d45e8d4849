package dev.kantor.reporting.coverage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.People;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps reporting's coverage from the floor's events: each interval and each fill-in is one row under its
 * own key, and the day's roll-up is added to only when that row is new, in the same transaction and under
 * the coverage lock, so an event delivered twice (after a restart, by redelivery, or at once) counts once.
 * An interval is counted under the department that answered for its queue when it closed, a fill-in under its
 * manager's department (0 in the day roll-up when there is none), so that coverage follows the department
 * filter.
 */
@Component
class CoverageRollup {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;
    private final People people;

    CoverageRollup(JdbcClient jdbc, BusinessCalendars calendars, People people) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.people = people;
    }

    /** The day roll-up's department of a row: 0 for none. */
    private static long dayDepartment(Long departmentId) {
        return departmentId == null ? 0 : departmentId;
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
                insert into reporting_interval (queue_id, interval_start, interval_end, on_day, required, staffed, is_short,
                    department_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.queueId(),
                        Timestamp.from(e.start()),
                        Timestamp.from(e.end()),
                        Date.valueOf(day),
                        e.required(),
                        e.staffed(),
                        isShort,
                        e.departmentId())
                .update();
        addToDay(day, e.queueId(), dayDepartment(e.departmentId()), 1, isShort, 0, 0);
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
        Long departmentId =
                people.entry(e.employeeId()).map(DirectoryEntry::departmentId).orElse(null);
        jdbc.sql(
                        """
                insert into reporting_fill_in (fill_in_id, queue_id, employee_id, on_day, started_at, ended_at, minutes,
                    department_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.fillInId(),
                        e.queueId(),
                        e.employeeId(),
                        Date.valueOf(day),
                        Timestamp.from(e.from()),
                        Timestamp.from(e.until()),
                        e.minutes(),
                        departmentId)
                .update();
        addToDay(day, e.queueId(), dayDepartment(departmentId), 0, 0, 1, e.minutes());
    }

    /** Waits for the other coverage writers, so that this event is counted after them and never twice. */
    private void lock() {
        jdbc.sql("select name from reporting_day_lock where name = 'coverage' for update")
                .query(String.class)
                .single();
    }

    /** Adds to the queue's day, creating it when it is the first (under the lock, so only one is first). */
    private void addToDay(
            LocalDate day,
            long queueId,
            long departmentId,
            int intervals,
            int shortIntervals,
            int fillIns,
            long minutes) {
        int updated = jdbc.sql(
                        """
                update reporting_coverage_day set intervals = intervals + ?, short_intervals = short_intervals + ?,
                    fill_ins = fill_ins + ?, fill_in_minutes = fill_in_minutes + ?
                where on_day = ? and queue_id = ? and department_id = ?""")
                .params(intervals, shortIntervals, fillIns, minutes, Date.valueOf(day), queueId, departmentId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                    insert into reporting_coverage_day (on_day, queue_id, department_id, intervals, short_intervals,
                        fill_ins, fill_in_minutes)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(Date.valueOf(day), queueId, departmentId, intervals, shortIntervals, fillIns, minutes)
                    .update();
        }
    }
}
