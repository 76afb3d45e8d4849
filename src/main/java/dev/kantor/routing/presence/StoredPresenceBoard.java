package dev.kantor.routing.presence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.ScheduledPresence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's presence, one row each in the database, so that every node reads the same. For people on
 * a published schedule the schedule decides ({@link ScheduledPresence}), unless they set their
 * presence by hand since the scheduled state began.
 */
@Service
@Transactional
class StoredPresenceBoard implements PresenceBoard {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<ScheduledPresence> schedules;

    StoredPresenceBoard(JdbcClient jdbc, Clock clock, ObjectProvider<ScheduledPresence> schedules) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.schedules = schedules;
    }

    @Override
    public Presence set(long employeeId, PresenceStatus status, Instant expectedBack, PresenceSource source) {
        Instant now = clock.instant();
        new InputCheck()
                .required("status", status)
                .that(
                        expectedBack == null || expectedBack.isAfter(now),
                        "expectedBack",
                        "routing.validation.back-in-past")
                .moment("expectedBack", expectedBack)
                .throwIfAny();
        Instant back = status.temporary() ? expectedBack : null;
        int updated = jdbc.sql(
                        """
                update presence set status = ?, since = ?, expected_back = ?, source = ?, version = version + 1
                where employee_id = ?""")
                .params(
                        status.name(),
                        Timestamp.from(now),
                        back == null ? null : Timestamp.from(back),
                        source.name(),
                        employeeId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into presence (employee_id, status, since, expected_back, source) values (?, ?, ?, ?, ?)")
                    .params(
                            employeeId,
                            status.name(),
                            Timestamp.from(now),
                            back == null ? null : Timestamp.from(back),
                            source.name())
                    .update();
        }
        return new Presence(employeeId, status, now, back, source);
    }

    @Override
    @Transactional(readOnly = true)
    public Presence of(long employeeId) {
        return of(java.util.List.of(employeeId)).get(employeeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Presence> of(Collection<Long> employeeIds) {
        Map<Long, Presence> found = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            // one array, not a list of parameters: the same statement however many people are asked about
            jdbc.sql("select * from presence where employee_id = any(:ids)")
                    .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                    .query((rs, row) -> new Presence(
                            rs.getLong("employee_id"),
                            PresenceStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("since").toInstant(),
                            rs.getTimestamp("expected_back") == null
                                    ? null
                                    : rs.getTimestamp("expected_back").toInstant(),
                            PresenceSource.valueOf(rs.getString("source"))))
                    .list()
                    .forEach(p -> found.put(p.employeeId(), p));
        }
        ScheduledPresence scheduled = schedules.getIfAvailable();
        if (scheduled != null && !employeeIds.isEmpty()) {
            // one read for everyone asked about; people on no published schedule are not in it
            scheduled.at(employeeIds, clock.instant()).forEach((id, state) -> {
                if (state.overrides(found.get(id))) {
                    found.put(id, state.presenceOf(id));
                }
            });
        }
        employeeIds.forEach(id -> found.putIfAbsent(id, Presence.offDuty(id)));
        return found;
    }
}
