package dev.kantor.reporting.hr;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.kantor.people.Office;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reporting's dated placements of employees (table {@code reporting_placement}). */
@Component
class Placements {

    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee's stretch that has no end, if any (the latest, should there be more). */
    Optional<Placement> open(long employeeId) {
        return jdbc
                .sql(
                        """
                select * from reporting_placement where employee_id = ? and active_until is null
                order by active_from desc""")
                .param(employeeId)
                .query(Placements::placement)
                .list()
                .stream()
                .findFirst();
    }

    boolean everPlaced(long employeeId) {
        return jdbc.sql("select count(*) from reporting_placement where employee_id = ?")
                        .param(employeeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Applies one change, in the caller's transaction. */
    void apply(PlacementChange change) {
        change.close().ifPresent(p -> jdbc.sql(
                        "update reporting_placement set active_until = ? where employee_id = ? and active_from = ?")
                .params(Date.valueOf(p.until()), p.employeeId(), Date.valueOf(p.from()))
                .update());
        change.remove()
                .ifPresent(p -> jdbc.sql("delete from reporting_placement where employee_id = ? and active_from = ?")
                        .params(p.employeeId(), Date.valueOf(p.from()))
                        .update());
        change.open().ifPresent(this::insert);
    }

    void insert(Placement p) {
        jdbc.sql(
                        """
                insert into reporting_placement (employee_id, active_from, active_until, office, department_id, position_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        p.employeeId(),
                        Date.valueOf(p.from()),
                        p.until() == null ? null : Date.valueOf(p.until()),
                        p.office().name(),
                        p.departmentId(),
                        p.positionId())
                .update();
    }

    /** Everyone reporting has any stretch of. */
    java.util.Set<Long> employees() {
        return new java.util.HashSet<>(jdbc.sql("select distinct employee_id from reporting_placement")
                .query(Long.class)
                .list());
    }

    /** Every stretch that holds any day from {@code from} to {@code to} (inclusive): one read for a whole period. */
    List<Placement> overlapping(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                select * from reporting_placement
                where active_from <= ? and (active_until is null or active_until > ?)""")
                .params(Date.valueOf(to), Date.valueOf(from))
                .query(Placements::placement)
                .list();
    }

    private static Placement placement(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("active_until");
        return new Placement(
                rs.getLong("employee_id"),
                rs.getDate("active_from").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                Office.valueOf(rs.getString("office")),
                rs.getLong("department_id"),
                rs.getLong("position_id"));
    }
}
