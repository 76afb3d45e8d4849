package dev.kantor.floor.breaks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.kantor.floor.breaks.TakenBreak.State;
import dev.kantor.platform.KantorException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The breaks the floor agreed and took, one row per planned break, changed only at the version read. */
@Repository
class StoredBreaks {

    private final JdbcClient jdbc;

    StoredBreaks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TakenBreak> find(long id) {
        return jdbc.sql("select * from floor_break where id = ?")
                .param(id)
                .query(StoredBreaks::read)
                .optional();
    }

    Optional<TakenBreak> of(long shiftId, int position) {
        return jdbc.sql("select * from floor_break where shift_id = ? and position = ?")
                .params(shiftId, position)
                .query(StoredBreaks::read)
                .optional();
    }

    /** The breaks on the queue the coverage counts within {@code [from, to)}. */
    /** The breaks recorded for these published shifts, whatever their state. */
    List<TakenBreak> ofShifts(java.util.Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from floor_break where shift_id = any(?)")
                .params(new org.springframework.jdbc.support.SqlArrayValue("bigint", shiftIds.toArray()))
                .query(StoredBreaks::read)
                .list();
    }

    List<TakenBreak> onQueue(long queueId, Instant from, Instant to) {
        return jdbc.sql(
                        """
                select * from floor_break where queue_id = ? and starts_at < ? and ends_at > ?
                order by starts_at, id""")
                .params(queueId, Timestamp.from(to), Timestamp.from(from))
                .query(StoredBreaks::read)
                .list();
    }

    /** Breaks planned on the business days {@code from} to {@code to} (both included). */
    List<TakenBreak> plannedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from floor_break where work_date between ? and ? order by employee_id, planned_start")
                .params(from, to)
                .query(StoredBreaks::read)
                .list();
    }

    /** The break this person is on now, if any. */
    Optional<TakenBreak> takenBy(long employeeId) {
        return jdbc
                .sql("select * from floor_break where employee_id = ? and state = 'TAKEN' order by taken_at desc")
                .param(employeeId)
                .query(StoredBreaks::read)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Records the start agreed for a break: a new row, or the same row moved while it is not taken
     * yet. The caller holds the queue's lock, so no other answer on the queue runs meanwhile.
     */
    TakenBreak agree(BreakWindow window, LocalDate workDate, Instant start, Instant end) {
        Optional<TakenBreak> existing = of(window.shiftId(), window.position());
        if (existing.isPresent()) {
            TakenBreak known = existing.get();
            int updated = jdbc.sql(
                            """
                    update floor_break set starts_at = ?, ends_at = ?, version = version + 1
                    where id = ? and state = 'AGREED'""")
                    .params(Timestamp.from(start), Timestamp.from(end), known.id())
                    .update();
            if (updated == 0) {
                throw KantorException.conflict("floor.breaks.already-taken");
            }
            return find(known.id()).orElseThrow();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into floor_break (employee_id, queue_id, shift_id, position, name, work_date, planned_start,
                    planned_end, state, starts_at, ends_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'AGREED', ?, ?)""")
                .params(
                        window.employeeId(),
                        window.queueId(),
                        window.shiftId(),
                        window.position(),
                        window.name(),
                        workDate,
                        Timestamp.from(window.plannedStart()),
                        Timestamp.from(window.plannedEnd()),
                        Timestamp.from(start),
                        Timestamp.from(end))
                .update(key, "id");
        return find(key.getKey().longValue()).orElseThrow();
    }

    /** Marks an agreed break taken at {@code at}; false when it changed since {@code version} was read. */
    boolean take(long id, int version, Instant at, Instant expectedEnd) {
        return jdbc.sql(
                                """
                        update floor_break set state = 'TAKEN', taken_at = ?, starts_at = ?, ends_at = ?,
                            version = version + 1
                        where id = ? and version = ? and state = 'AGREED'""")
                        .params(Timestamp.from(at), Timestamp.from(at), Timestamp.from(expectedEnd), id, version)
                        .update()
                == 1;
    }

    /** Marks a taken break ended at {@code at}; false when it changed since {@code version} was read. */
    boolean end(long id, int version, Instant at) {
        return jdbc.sql(
                                """
                        update floor_break set state = 'ENDED', back_at = ?, ends_at = ?, version = version + 1
                        where id = ? and version = ? and state = 'TAKEN'""")
                        .params(Timestamp.from(at), Timestamp.from(at), id, version)
                        .update()
                == 1;
    }

    private static TakenBreak read(ResultSet rs, int row) throws SQLException {
        return new TakenBreak(
                rs.getLong("id"),
                rs.getLong("employee_id"),
                rs.getLong("queue_id"),
                rs.getLong("shift_id"),
                rs.getInt("position"),
                rs.getString("name"),
                rs.getDate("work_date").toLocalDate(),
                instant(rs, "planned_start"),
                instant(rs, "planned_end"),
                State.valueOf(rs.getString("state")),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                instant(rs, "taken_at"),
                instant(rs, "back_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
