package dev.kantor.floor.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.Arrivals;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each person first arrived on a business day: signed in, or set their own presence by hand.
 * The first arrival of the day is kept; later ones write nothing (a node remembers whom it recorded
 * today, so that a busy API caller costs no write per call).
 */
@Component
class StoredArrivals implements Arrivals {

    /** How someone arrived. */
    enum How {
        SIGN_IN,
        PRESENCE,
        OTHER
    }

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;
    private final Map<Long, LocalDate> recorded = new ConcurrentHashMap<>();

    StoredArrivals(JdbcClient jdbc, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void arrived(long employeeId, Instant at) {
        record(employeeId, at, How.OTHER);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(long employeeId, Instant at, How how) {
        LocalDate day = at.atZone(calendars.zone()).toLocalDate();
        if (day.equals(recorded.get(employeeId))) {
            return;
        }
        // insert only when absent: two nodes recording the same arrival at once both end well
        try {
            jdbc.sql(
                            """
                insert into floor_arrival (employee_id, business_date, arrived_at, how)
                select ?, ?, ?, ? from (values (1)) as one (x)
                where not exists (select 1 from floor_arrival where employee_id = ? and business_date = ?)""")
                    .params(employeeId, day, Timestamp.from(at), how.name(), employeeId, day)
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // another node recorded the same arrival at the same moment
        }
        recorded.put(employeeId, day);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> on(LocalDate day, Collection<Long> employeeIds) {
        Map<Long, Instant> found = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return found;
        }
        jdbc.sql(
                        "select employee_id, arrived_at from floor_arrival where business_date = :day and employee_id = any(:ids)")
                .param("day", day)
                .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }
}
