package dev.kantor.service.focus;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.routing.FocusTime;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focus windows as kept and as routing asks of them: each person sets their own; a department's manager sets the
 * department's. Times are the business's local time.
 */
@Service
@Transactional
public class FocusWindows implements FocusTime {

    private final JdbcClient jdbc;
    private final Workplace workplace;
    private final BusinessCalendars calendars;

    FocusWindows(JdbcClient jdbc, Workplace workplace, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.workplace = workplace;
        this.calendars = calendars;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> inFocus(Map<Long, Long> departmentOf, Instant at) {
        if (departmentOf.isEmpty()) {
            return Set.of();
        }
        ZonedDateTime local = at.atZone(calendars.zone());
        String people = String.join(
                ",", departmentOf.keySet().stream().map(String::valueOf).toList());
        String departments = String.join(
                ",",
                new HashSet<>(departmentOf.values())
                        .stream().map(String::valueOf).toList());
        List<FocusWindow> windows = jdbc.sql("select id, employee_id, department_id, day_of_week, starts, ends"
                        + " from focus_window where day_of_week = ? and (employee_id in (" + people
                        + ") or department_id in (" + departments + "))")
                .param(local.getDayOfWeek().name())
                .query((rs, row) -> window(rs))
                .list();
        Set<Long> focused = new HashSet<>();
        for (FocusWindow w : windows) {
            if (!w.covers(local.getDayOfWeek(), local.toLocalTime())) {
                continue;
            }
            if (w.employeeId() != null) {
                focused.add(w.employeeId());
            } else {
                departmentOf.forEach((person, department) -> {
                    if (w.departmentId().equals(department)) {
                        focused.add(person);
                    }
                });
            }
        }
        return focused;
    }

    /** The signed-in person's own windows, and those of their department. */
    @Transactional(readOnly = true)
    public List<FocusWindow> mine() {
        Workplace.Me me = workplace.me();
        return jdbc.sql("select id, employee_id, department_id, day_of_week, starts, ends from focus_window"
                        + " where employee_id = ? or department_id = ? order by id")
                .params(
                        me.employeeId() == null ? -1L : me.employeeId(),
                        me.departmentId() == null ? -1L : me.departmentId())
                .query((rs, row) -> window(rs))
                .list();
    }

    /**
     * Adds a window: the caller's own, or (for a manager) their department's.
     *
     * @param forDepartment whether it is the department's rather than the caller's own
     */
    public FocusWindow add(DayOfWeek day, LocalTime starts, LocalTime ends, boolean forDepartment) {
        Workplace.Me me = workplace.me();
        if (me.employeeId() == null) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.request.needs-employee");
        }
        new InputCheck()
                .required("day", day)
                .required("starts", starts)
                .required("ends", ends)
                .that(starts == null || ends == null || starts.isBefore(ends), "ends", "service.focus.ends-before")
                .throwIfAny();
        if (forDepartment && (me.departmentId() == null || !me.manages(me.departmentId()))) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.not-your-department");
        }
        jdbc.sql(
                        "insert into focus_window (employee_id, department_id, day_of_week, starts, ends) values (?, ?, ?, ?, ?)")
                .params(
                        forDepartment ? null : me.employeeId(),
                        forDepartment ? me.departmentId() : null,
                        day.name(),
                        Time.valueOf(starts),
                        Time.valueOf(ends))
                .update();
        return mine().get(mine().size() - 1);
    }

    /** Removes one of the caller's windows, or of their department's if they manage it. */
    public void remove(long id) {
        Workplace.Me me = workplace.me();
        FocusWindow w = mine().stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("service.focus.not-found"));
        if (w.departmentId() != null && !me.manages(w.departmentId())) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.not-your-department");
        }
        jdbc.sql("delete from focus_window where id = ?").param(id).update();
    }

    private static FocusWindow window(java.sql.ResultSet rs) throws java.sql.SQLException {
        long employee = rs.getLong("employee_id");
        Long employeeId = rs.wasNull() ? null : employee;
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        return new FocusWindow(
                rs.getLong("id"),
                employeeId,
                departmentId,
                DayOfWeek.valueOf(rs.getString("day_of_week")),
                rs.getTime("starts").toLocalTime(),
                rs.getTime("ends").toLocalTime());
    }
}
