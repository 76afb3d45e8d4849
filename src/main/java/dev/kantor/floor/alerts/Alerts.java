package dev.kantor.floor.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short-staffed alerts: opened, kept up to date and closed by the check, answered by managers
 * (acknowledging, filling in or calling in help). At most one alert per queue is open at a time: the
 * unique {@code open_queue_id} settles two nodes finding the same stretch.
 */
@Service
@Transactional
public class Alerts {

    static final String AUDIT_TYPE = "floor-alert";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Alerts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The alert, open or closed. */
    @Transactional(readOnly = true)
    public Optional<Alert> find(long id) {
        return jdbc.sql("select * from floor_alert where id = ?")
                .param(id)
                .query(Alerts::alert)
                .optional();
    }

    /** The alert, or not found. */
    @Transactional(readOnly = true)
    public Alert get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("floor.alerts.not-found", id));
    }

    /** The queue's open alert, if it is short now. */
    @Transactional(readOnly = true)
    public Optional<Alert> openOn(long queueId) {
        return jdbc.sql("select * from floor_alert where open_queue_id = ?")
                .param(queueId)
                .query(Alerts::alert)
                .optional();
    }

    /** The open alerts first, then those opened since {@code since}, newest first. */
    @Transactional(readOnly = true)
    public List<Alert> recent(Instant since) {
        return jdbc.sql(
                        """
                select * from floor_alert where closed_at is null or opened_at >= ?
                order by case when closed_at is null then 0 else 1 end, opened_at desc, id desc limit 200""")
                .param(Timestamp.from(since))
                .query(Alerts::alert)
                .list();
    }

    /**
     * Opens an alert for the stretch, or brings the queue's open one up to date.
     *
     * @return the alert opened now, empty when the queue had one open already
     */
    Optional<Alert> openOrUpdate(Shortfall shortfall, LocalDate workDate) {
        String cause = shortfall.causes().stream()
                .map(c -> c.employeeId() + ":" + c.reason())
                .collect(Collectors.joining(","));
        cause = cause.length() > 2000 ? cause.substring(0, 2000) : cause;
        int updated = jdbc.sql(
                        """
                update floor_alert set ends_at = ?, short_by = ?, cause = ?, version = version + 1
                where open_queue_id = ?""")
                .params(Timestamp.from(shortfall.endsAt()), shortfall.shortBy(), cause, shortfall.queueId())
                .update();
        if (updated > 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql(
                        """
                insert into floor_alert (queue_id, open_queue_id, work_date, starts_at, ends_at, short_by, cause,
                    opened_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing""")
                .params(
                        shortfall.queueId(),
                        shortfall.queueId(),
                        workDate,
                        Timestamp.from(shortfall.startsAt()),
                        Timestamp.from(shortfall.endsAt()),
                        shortfall.shortBy(),
                        cause,
                        Timestamp.from(now))
                .update();
        if (inserted != 1) {
            return Optional.empty();
        }
        Alert opened = openOn(shortfall.queueId()).orElseThrow();
        audit.noted(
                AUDIT_TYPE,
                opened.id(),
                "#" + opened.queueId(),
                AuditAction.CREATED,
                Map.of(
                        "queueId", String.valueOf(shortfall.queueId()),
                        "from", shortfall.startsAt().toString(),
                        "until", shortfall.endsAt().toString(),
                        "shortBy", String.valueOf(shortfall.shortBy()),
                        "cause", cause));
        return Optional.of(opened);
    }

    /** Closes the queue's open alert: the stretch is covered or over. */
    void close(long queueId) {
        Instant now = clock.instant();
        List<Long> open = jdbc.sql("select id from floor_alert where open_queue_id = ?")
                .param(queueId)
                .query(Long.class)
                .list();
        for (long id : open) {
            if (jdbc.sql("update floor_alert set open_queue_id = null, closed_at = ?, version = version + 1 "
                                    + "where id = ? and closed_at is null")
                            .params(Timestamp.from(now), id)
                            .update()
                    == 1) {
                audit.noted(AUDIT_TYPE, id, "#" + queueId, AuditAction.UPDATED, Map.of("closed", now.toString()));
            }
        }
    }

    /**
     * A manager answers the alert (the first answer counts; later ones change nothing), so that it is
     * not mailed.
     */
    public Alert answer(long alertId, long employeeId) {
        Alert alert = get(alertId);
        Instant now = clock.instant();
        if (jdbc.sql("update floor_alert set answered_at = ?, answered_by = ?, version = version + 1 "
                                + "where id = ? and answered_at is null")
                        .params(Timestamp.from(now), employeeId, alertId)
                        .update()
                == 1) {
            audit.noted(
                    AUDIT_TYPE,
                    alertId,
                    "#" + alert.queueId(),
                    AuditAction.UPDATED,
                    Map.of("answeredBy", String.valueOf(employeeId)));
        }
        return get(alertId);
    }

    /** Answers the queue's open alert, if there is one: filling in or calling in help answers it too. */
    public void answerOpenOn(long queueId, long employeeId) {
        openOn(queueId).ifPresent(alert -> answer(alert.id(), employeeId));
    }

    /** Open alerts nobody answered, opened at or before {@code openedBy}, not mailed yet. */
    @Transactional(readOnly = true)
    List<Alert> unansweredSince(Instant openedBy) {
        return jdbc.sql(
                        """
                select * from floor_alert where closed_at is null and answered_at is null and mailed_at is null
                  and opened_at <= ? order by id""")
                .param(Timestamp.from(openedBy))
                .query(Alerts::alert)
                .list();
    }

    /** Takes the mailing of an unanswered alert: true for exactly one node. */
    boolean claimMailing(long alertId) {
        return jdbc.sql(
                                "update floor_alert set mailed_at = ? where id = ? and mailed_at is null and answered_at is null "
                                        + "and closed_at is null")
                        .params(Timestamp.from(clock.instant()), alertId)
                        .update()
                == 1;
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(
                rs.getLong("id"),
                rs.getLong("queue_id"),
                rs.getObject("work_date", LocalDate.class),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getInt("short_by"),
                rs.getString("cause"),
                instant(rs, "opened_at"),
                instant(rs, "answered_at"),
                (Long) rs.getObject("answered_by", Long.class),
                instant(rs, "mailed_at"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
