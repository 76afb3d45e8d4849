package dev.kantor.reporting.mine;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One person's week as the schedule and the floor record it, written straight into their tables for a test and
 * removed again: published shifts (with breaks), absences, fill-ins and call-ins. Times are in the business's zone.
 */
final class SeededWeek implements AutoCloseable {

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final long employeeId;
    private final long queueId;
    private final long scheduleId;
    private final boolean ownSchedule;
    private final List<Runnable> undo = new ArrayList<>();

    /** A published schedule of the week on a queue that has none that week (or the one it has). */
    SeededWeek(JdbcClient jdbc, ZoneId zone, long employeeId, LocalDate monday) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.employeeId = employeeId;
        this.queueId =
                jdbc.sql("select min(id) from work_queue").query(Long.class).single();
        List<Long> existing = jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                .params(queueId, monday)
                .query(Long.class)
                .list();
        this.ownSchedule = existing.isEmpty();
        if (ownSchedule) {
            Timestamp start = Timestamp.from(monday.atStartOfDay(zone).toInstant());
            jdbc.sql(
                            """
                    insert into schedule (queue_id, monday, status, version, published_version, published_at,
                        published_by, requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by,
                        updated_at)
                    values (?, ?, 'PUBLISHED', 1, 1, ?, 'test', 'TYPED', '{}', '[]', ?, ?, 'test', ?)""")
                    .params(
                            queueId,
                            monday,
                            start,
                            start,
                            Timestamp.from(
                                    monday.plusWeeks(1).atStartOfDay(zone).toInstant()),
                            start)
                    .update();
            this.scheduleId = jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                    .params(queueId, monday)
                    .query(Long.class)
                    .single();
        } else {
            this.scheduleId = existing.get(0);
        }
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    /** A published shift from {@code from} to {@code to} o'clock (the next day when earlier), with one break. */
    SeededWeek shift(LocalDate day, int from, int to, LocalDate breakDay, int breakHour, int breakMinutes) {
        Instant start = at(day, from, 0);
        Instant end = at(to > from ? day : day.plusDays(1), to, 0);
        jdbc.sql(
                        """
                insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type, starts,
                    ends, starts_at, ends_at)
                values (?, ?, ?, 0, 'Day', ?, ?, ?, ?)""")
                .params(
                        scheduleId,
                        employeeId,
                        day,
                        LocalTime.of(from, 0),
                        LocalTime.of(to, 0),
                        Timestamp.from(start),
                        Timestamp.from(end))
                .update();
        long id = jdbc.sql("select max(id) from schedule_published_shift where employee_id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        if (breakMinutes > 0) {
            Instant breakStart = at(breakDay, breakHour, 0);
            jdbc.sql("insert into schedule_published_break (shift_id, position, name, starts_at, ends_at) "
                            + "values (?, 0, 'Break', ?, ?)")
                    .params(id, Timestamp.from(breakStart), Timestamp.from(breakStart.plusSeconds(breakMinutes * 60L)))
                    .update();
        }
        undo.add(() -> {
            jdbc.sql("delete from schedule_published_break where shift_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from schedule_published_shift where id = ?")
                    .param(id)
                    .update();
        });
        return this;
    }

    /** The floor marks them absent; {@code undone} for an absence a manager took back. */
    SeededWeek absent(Instant from, Instant until, boolean undone) {
        jdbc.sql(
                        """
                insert into floor_absence (employee_id, starts_at, ends_at, reason, marked_by, marked_at, undone_at)
                values (?, ?, ?, 'SICK', 'test', ?, ?)""")
                .params(
                        employeeId,
                        Timestamp.from(from),
                        Timestamp.from(until),
                        Timestamp.from(from),
                        undone ? Timestamp.from(from) : null)
                .update();
        long id = jdbc.sql("select max(id) from floor_absence where employee_id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        undo.add(() ->
                jdbc.sql("delete from floor_absence where id = ?").param(id).update());
        return this;
    }

    /** They fill in on the queue; {@code endedAt} when they stopped early, or null. */
    SeededWeek fillIn(Instant from, Instant until, Instant endedAt) {
        jdbc.sql(
                        """
                insert into floor_fill_in (queue_id, employee_id, starts_at, ends_at, ended_at, created_at, created_by,
                    version)
                values (?, ?, ?, ?, ?, ?, 'test', 0)""")
                .params(
                        queueId,
                        employeeId,
                        Timestamp.from(from),
                        Timestamp.from(until),
                        endedAt == null ? null : Timestamp.from(endedAt),
                        Timestamp.from(from))
                .update();
        long id = jdbc.sql("select max(id) from floor_fill_in where employee_id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        undo.add(() ->
                jdbc.sql("delete from floor_fill_in where id = ?").param(id).update());
        return this;
    }

    /** They are offered a call-in and answer it: ACCEPTED, DECLINED or EXPIRED. */
    SeededWeek callIn(Instant from, Instant until, String state) {
        jdbc.sql(
                        """
                insert into floor_call_in (queue_id, starts_at, ends_at, needed, taken, created_at, created_by)
                values (?, ?, ?, 1, ?, ?, ?)""")
                .params(
                        queueId,
                        Timestamp.from(from),
                        Timestamp.from(until),
                        "ACCEPTED".equals(state) ? 1 : 0,
                        Timestamp.from(from),
                        employeeId)
                .update();
        long callIn = jdbc.sql("select max(id) from floor_call_in where queue_id = ?")
                .param(queueId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                insert into floor_call_in_offer (call_in_id, employee_id, state, offered_at, expires_at, answered_at,
                    version)
                values (?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        callIn,
                        employeeId,
                        state,
                        Timestamp.from(from.minusSeconds(3600)),
                        Timestamp.from(from.minusSeconds(3000)),
                        Timestamp.from(from.minusSeconds(3300)))
                .update();
        undo.add(() -> {
            jdbc.sql("delete from floor_call_in_offer where call_in_id = ?")
                    .param(callIn)
                    .update();
            jdbc.sql("delete from floor_call_in where id = ?").param(callIn).update();
        });
        return this;
    }

    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        if (ownSchedule) {
            jdbc.sql("delete from schedule where id = ?").param(scheduleId).update();
        }
    }
}
