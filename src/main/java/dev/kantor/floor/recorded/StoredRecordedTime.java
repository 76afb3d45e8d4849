package dev.kantor.floor.recorded;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kantor.floor.RecordedTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor's absences, fill-ins and accepted call-ins that overlap a period, from their own tables: an undone
 * absence, a fill-in ended before it began and an offer not accepted record nothing.
 */
@Component
@Transactional(readOnly = true)
class StoredRecordedTime implements RecordedTime {

    private final JdbcClient jdbc;

    StoredRecordedTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Stretch> between(Instant from, Instant to) {
        return read(null, from, to);
    }

    @Override
    public List<Stretch> ofEmployee(long employeeId, Instant from, Instant to) {
        return read(employeeId, from, to);
    }

    private List<Stretch> read(Long employeeId, Instant from, Instant to) {
        String whose = employeeId == null ? "" : " and employee_id = :employee";
        List<Stretch> stretches = new ArrayList<>();
        stretches.addAll(query(
                "select employee_id, starts_at, ends_at from floor_absence"
                        + " where undone_at is null and starts_at < :to and ends_at > :from" + whose,
                Kind.ABSENT,
                employeeId,
                from,
                to));
        // a fill-in ended early counts up to when it ended
        stretches.addAll(query(
                "select employee_id, starts_at,"
                        + " case when ended_at is not null and ended_at < ends_at then ended_at else ends_at end"
                        + " as ends_at from floor_fill_in where starts_at < :to and ends_at > :from" + whose,
                Kind.FILL_IN,
                employeeId,
                from,
                to));
        stretches.addAll(query(
                "select o.employee_id, c.starts_at, c.ends_at from floor_call_in_offer o"
                        + " join floor_call_in c on c.id = o.call_in_id"
                        + " where o.state = 'ACCEPTED' and c.starts_at < :to and c.ends_at > :from"
                        + (employeeId == null ? "" : " and o.employee_id = :employee"),
                Kind.CALL_IN,
                employeeId,
                from,
                to));
        return stretches.stream()
                .filter(s -> s.until().isAfter(s.from()))
                .sorted(Comparator.comparingLong(Stretch::employeeId).thenComparing(Stretch::from))
                .toList();
    }

    private List<Stretch> query(String sql, Kind kind, Long employeeId, Instant from, Instant to) {
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
        if (employeeId != null) {
            statement = statement.param("employee", employeeId);
        }
        return statement
                .query((rs, n) -> new Stretch(
                        rs.getLong("employee_id"),
                        kind,
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }
}
