package dev.kantor.people.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.people.Employee;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Employees' names, remembered for a short while. Case pages, timelines and every case opened
 * show names, and names rarely change: reading one each time was a query per intake. A rename
 * saved on this node is seen at once; one saved on another node within {@link #REMEMBER}.
 */
@Component
public class EmployeeNames implements AfterSaveCallback<Employee> {

    static final Duration REMEMBER = Duration.ofSeconds(30);
    /** More than any organisation Kantor serves; past it the names are simply read again. */
    private static final int MAX_REMEMBERED = 50_000;

    private record Remembered(String name, long untilNanos) {}

    private final Map<Long, Remembered> names = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    EmployeeNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee's name, at most {@link #REMEMBER} old; empty for nobody. */
    public Optional<String> of(long employeeId) {
        long now = System.nanoTime();
        Remembered remembered = names.get(employeeId);
        if (remembered != null && now - remembered.untilNanos() < 0) {
            return Optional.of(remembered.name());
        }
        Optional<String> name = jdbc.sql("select full_name from employee where id = ?")
                .param(employeeId)
                .query(String.class)
                .optional();
        if (names.size() >= MAX_REMEMBERED) {
            names.clear();
        }
        // an unknown id is not remembered: the employee may be created a moment later
        name.ifPresent(n -> names.put(employeeId, new Remembered(n, now + REMEMBER.toNanos())));
        return name;
    }

    /**
     * The names of several employees at once, by id, each at most {@link #REMEMBER} old: those not remembered are
     * read in one query, so a list of fifty rows costs at most one read. Ids of nobody are left out.
     */
    public Map<Long, String> of(Collection<Long> employeeIds) {
        long now = System.nanoTime();
        Map<Long, String> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(employeeIds)) {
            Remembered remembered = id == null ? null : names.get(id);
            if (remembered != null && now - remembered.untilNanos() < 0) {
                found.put(id, remembered.name());
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (names.size() + missing.size() >= MAX_REMEMBERED) {
            names.clear();
        }
        jdbc.sql("select id, full_name from employee where id in ("
                        + String.join(",", missing.stream().map(String::valueOf).toList()) + ")")
                .query(rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                    names.put(rs.getLong(1), new Remembered(rs.getString(2), now + REMEMBER.toNanos()));
                });
        return found;
    }

    @Override
    public Employee onAfterSave(Employee employee) {
        names.remove(employee.getId());
        return employee;
    }
}
