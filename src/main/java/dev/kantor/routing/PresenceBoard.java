package dev.kantor.routing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's presence. People set their own in one click; a shift will set it through
 * {@link #set} with {@link PresenceSource#SCHEDULE}, so both paths share one rule.
 */
@Service
@Transactional
public class PresenceBoard {

    private final JdbcClient jdbc;
    private final Clock clock;

    PresenceBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Sets someone's presence. An expected return time only makes sense for a temporary absence
     * and must lie ahead; it is dropped when the person is available or off duty.
     */
    public Presence set(long employeeId, PresenceStatus status, Instant expectedBack, PresenceSource source) {
        Instant now = clock.instant();
        new InputCheck().required("status", status)
                .that(expectedBack == null || expectedBack.isAfter(now), "expectedBack", "routing.validation.back-in-past")
                .moment("expectedBack", expectedBack)
                .throwIfAny();
        Instant back = status.temporary() ? expectedBack : null;
        int updated = jdbc.sql("""
                update presence set status = ?, since = ?, expected_back = ?, source = ?, version = version + 1
                where employee_id = ?""")
                .params(status.name(), Timestamp.from(now), back == null ? null : Timestamp.from(back), source.name(),
                        employeeId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into presence (employee_id, status, since, expected_back, source) values (?, ?, ?, ?, ?)")
                    .params(employeeId, status.name(), Timestamp.from(now), back == null ? null : Timestamp.from(back),
                            source.name())
                    .update();
        }
        return new Presence(employeeId, status, now, back, source);
    }

    @Transactional(readOnly = true)
    public Presence of(long employeeId) {
        return of(java.util.List.of(employeeId)).get(employeeId);
    }

    /** Presence of each of these people; those never set are off duty. */
    @Transactional(readOnly = true)
    public Map<Long, Presence> of(Collection<Long> employeeIds) {
        Map<Long, Presence> found = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            // one array, not a list of parameters: the same statement however many people are asked about
            jdbc.sql("select * from presence where employee_id = any(:ids)")
                    .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                    .query((rs, row) -> new Presence(rs.getLong("employee_id"),
                            PresenceStatus.valueOf(rs.getString("status")), rs.getTimestamp("since").toInstant(),
                            rs.getTimestamp("expected_back") == null ? null : rs.getTimestamp("expected_back").toInstant(),
                            PresenceSource.valueOf(rs.getString("source"))))
                    .list().forEach(p -> found.put(p.employeeId(), p));
        }
        employeeIds.forEach(id -> found.putIfAbsent(id, Presence.offDuty(id)));
        return found;
    }
}
