package dev.kantor.floor.board;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes shifts straight into scheduling's tables, as a published schedule leaves them, so that the
 * board's tests and bench need no solver run.
 */
final class PublishedDays {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    PublishedDays(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** The queue's published schedule for the week of {@code date}, made when missing. */
    long schedule(long queueId, LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Long found = jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                .params(queueId, monday)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (found != null) {
            return found;
        }
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, version, published_version, published_at, published_by,
                    requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'PUBLISHED', 1, 1, ?, 'test', 'TYPED', '{}', '[]', ?, ?, 'test', ?)""")
                .params(
                        queueId,
                        monday,
                        Timestamp.from(start),
                        Timestamp.from(start),
                        Timestamp.from(end),
                        Timestamp.from(start))
                .update();
        return jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                .params(queueId, monday)
                .query(Long.class)
                .single();
    }

    /** A published shift from {@code from} to {@code to} on {@code date}, with a break when given (else nulls). */
    long shift(
            long scheduleId,
            long employeeId,
            LocalDate date,
            String from,
            String to,
            String breakFrom,
            String breakTo) {
        jdbc.sql(
                        "insert into schedule_published_member (schedule_id, employee_id) select ?, ? from (values (1)) as one (x) "
                                + "where not exists (select 1 from schedule_published_member where schedule_id = ? and employee_id = ?)")
                .params(scheduleId, employeeId, scheduleId, employeeId)
                .update();
        Instant start = at(date, from);
        Instant end = at(date, to);
        jdbc.sql(
                        """
                insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type, starts, ends,
                    starts_at, ends_at)
                values (?, ?, ?, 0, 'Day', ?, ?, ?, ?)""")
                .params(
                        scheduleId,
                        employeeId,
                        date,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        Timestamp.from(start),
                        Timestamp.from(end))
                .update();
        long id = jdbc.sql("select max(id) from schedule_published_shift where employee_id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        if (breakFrom != null) {
            jdbc.sql(
                            "insert into schedule_published_break (shift_id, position, name, starts_at, ends_at) values (?, 0, 'Break', ?, ?)")
                    .params(id, Timestamp.from(at(date, breakFrom)), Timestamp.from(at(date, breakTo)))
                    .update();
        }
        return id;
    }

    Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }
}
