package dev.kantor.floor.absence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kantor.floor.AbsenceReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code floor_absence} table. */
@Component
class StoredAbsences {

    private static final String COLUMNS =
            "id, employee_id, starts_at, ends_at, reason, note, marked_by, marked_at, undone_at, version";

    private final JdbcClient jdbc;

    StoredAbsences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long employeeId, Instant from, Instant until, AbsenceReason reason, String note, String by, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into floor_absence (employee_id, starts_at, ends_at, reason, note, marked_by, marked_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        employeeId,
                        Timestamp.from(from),
                        Timestamp.from(until),
                        reason.name(),
                        note,
                        by,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Absence> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from floor_absence where id = ?")
                .param(id)
                .query(StoredAbsences::map)
                .optional();
    }

    /** Marks it undone when it still stands at {@code version}; false otherwise. */
    boolean undo(long id, int version, String by, Instant now) {
        return jdbc.sql(
                                """
                        update floor_absence set undone_at = ?, undone_by = ?, version = version + 1
                        where id = ? and version = ? and undone_at is null""")
                        .params(Timestamp.from(now), by, id, version)
                        .update()
                == 1;
    }

    /** The absences standing that overlap {@code [from, to)}, by start. */
    /** The absences of these people standing at {@code at}. */
    List<Absence> standingAt(java.util.Collection<Long> employeeIds, Instant at) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from floor_absence where undone_at is null and employee_id = any(?)"
                        + " and starts_at <= ? and ends_at > ?")
                .params(
                        new org.springframework.jdbc.support.SqlArrayValue("bigint", employeeIds.toArray()),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(StoredAbsences::map)
                .list();
    }

    List<Absence> standing(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS
                        + " from floor_absence where undone_at is null and starts_at < ? and ends_at > ?"
                        + " order by starts_at, id")
                .params(Timestamp.from(to), Timestamp.from(from))
                .query(StoredAbsences::map)
                .list();
    }

    private static Absence map(ResultSet rs, int row) throws SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new Absence(
                rs.getLong("id"),
                rs.getLong("employee_id"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                AbsenceReason.valueOf(rs.getString("reason")),
                rs.getString("note"),
                rs.getString("marked_by"),
                rs.getTimestamp("marked_at").toInstant(),
                undone == null ? null : undone.toInstant(),
                rs.getInt("version"));
    }
}
