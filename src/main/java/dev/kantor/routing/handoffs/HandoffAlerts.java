package dev.kantor.routing.handoffs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Alerts about handoffs (accepted; fell back to the queue), kept in the database so that every
 * node's pages see them: the browser asks for its inbox every few seconds.
 */
@Component
class HandoffAlerts {

    /** One alert for one reader. */
    record Alert(long id, long handoffId, AlertKind kind, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    HandoffAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void alert(long employeeId, long handoffId, AlertKind kind) {
        jdbc.sql("insert into routing_alert (employee_id, handoff_id, kind, created_at) values (?, ?, ?, ?)")
                .params(employeeId, handoffId, kind.name(), Timestamp.from(clock.instant()))
                .update();
    }

    List<Alert> unseen(long employeeId) {
        return jdbc.sql(
                        "select * from routing_alert where employee_id = ? and seen_at is null order by id desc limit 20")
                .param(employeeId)
                .query((rs, row) -> new Alert(
                        rs.getLong("id"),
                        rs.getLong("handoff_id"),
                        AlertKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Marks an alert read; only its reader can. */
    boolean seen(long employeeId, long alertId) {
        return jdbc.sql("update routing_alert set seen_at = ? where id = ? and employee_id = ? and seen_at is null")
                        .params(Timestamp.from(clock.instant()), alertId, employeeId)
                        .update()
                == 1;
    }
}
