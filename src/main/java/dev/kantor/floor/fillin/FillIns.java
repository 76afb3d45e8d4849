package dev.kantor.floor.fillin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.floor.alerts.Alerts;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers filling in on a queue. A fill-in is always the signed-in manager's own (nobody fills in
 * for someone else); two managers filling the same gap both count. Starting one sets the manager
 * available, answers the queue's open alert, and is audited, as is ending it early.
 */
@Service
@Transactional
public class FillIns {

    static final String AUDIT_TYPE = "floor-fill-in";

    /** The longest a fill-in may run: a working day. */
    static final Duration LONGEST = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkQueues queues;
    private final PresenceBoard presence;
    private final Alerts alerts;
    private final AuditTrail audit;

    FillIns(JdbcClient jdbc, Clock clock, WorkQueues queues, PresenceBoard presence, Alerts alerts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.queues = queues;
        this.presence = presence;
        this.alerts = alerts;
        this.audit = audit;
    }

    /**
     * The signed-in manager fills in on the queue from {@code from} (now when null) until {@code until}.
     *
     * @throws dev.kantor.platform.InvalidInput naming {@code queueId}, {@code from} or {@code until}
     */
    public FillIn start(Long queueId, Instant from, Instant until, Long alertId) {
        long employeeId = CurrentUser.employeeId("floor.fillin.no-employee");
        Instant now = clock.instant();
        Instant start = from == null ? now : from;
        new InputCheck()
                .required("queueId", queueId)
                .required("until", until)
                .moment("from", from)
                .moment("until", until)
                .throwIfAny();
        new InputCheck()
                .that(queues.find(queueId).isPresent(), "queueId", "floor.fillin.no-queue")
                .that(until.isAfter(start), "until", "floor.fillin.until-after-from")
                .that(!until.isAfter(start.plus(LONGEST)), "until", "floor.fillin.too-long", LONGEST.toHours())
                .that(until.isAfter(now), "until", "floor.fillin.in-the-past")
                .that(!start.isAfter(now.plus(LONGEST)), "from", "floor.fillin.too-far")
                .throwIfAny();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into floor_fill_in (queue_id, employee_id, alert_id, starts_at, ends_at, created_at, created_by,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        queueId,
                        employeeId,
                        alertId,
                        Timestamp.from(start),
                        Timestamp.from(until),
                        Timestamp.from(now),
                        CurrentUser.username())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        FillIn fillIn = get(id);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("queueId", String.valueOf(queueId));
        facts.put("employeeId", String.valueOf(employeeId));
        facts.put("from", start.toString());
        facts.put("until", until.toString());
        audit.noted(AUDIT_TYPE, id, "#" + queueId, AuditAction.CREATED, facts);
        if (!start.isAfter(now)) {
            presence.set(employeeId, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        }
        alerts.answerOpenOn(queueId, employeeId);
        return fillIn;
    }

    /**
     * Ends a fill-in now, earlier than planned: by the manager filling in, or another manager or admin.
     *
     * @throws KantorException conflict when the version is stale or it is over already
     */
    public FillIn end(long id, Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        FillIn fillIn = get(id);
        Instant now = clock.instant();
        if (!fillIn.until().isAfter(now)) {
            throw KantorException.conflict("floor.fillin.over");
        }
        Instant end = now.isBefore(fillIn.startsAt()) ? fillIn.startsAt() : now;
        int updated = jdbc.sql(
                        "update floor_fill_in set ended_at = ?, version = version + 1 where id = ? and version = ?")
                .params(Timestamp.from(end), id, version)
                .update();
        if (updated != 1) {
            throw KantorException.conflict("floor.fillin.stale");
        }
        audit.noted(AUDIT_TYPE, id, "#" + fillIn.queueId(), AuditAction.UPDATED, Map.of("endedAt", end.toString()));
        return get(id);
    }

    @Transactional(readOnly = true)
    public FillIn get(long id) {
        return jdbc.sql("select * from floor_fill_in where id = ?")
                .param(id)
                .query(FillIns::fillIn)
                .optional()
                .orElseThrow(() -> KantorException.notFound("floor.fillin.not-found", id));
    }

    /** The fill-ins on the queue that overlap {@code [from, to)}, by start. */
    @Transactional(readOnly = true)
    public List<FillIn> on(long queueId, Instant from, Instant to) {
        return jdbc
                .sql(
                        """
                select * from floor_fill_in
                where queue_id = ? and starts_at < ? and ends_at > ? and (ended_at is null or ended_at > starts_at)
                order by starts_at, id""")
                .params(queueId, Timestamp.from(to), Timestamp.from(from))
                .query(FillIns::fillIn)
                .list()
                .stream()
                .filter(f -> f.until().isAfter(from))
                .toList();
    }

    /**
     * The fill-ins that were over (as planned or ended early) in {@code [from, to)}, having run a while: the
     * floor tells other modules of each once it is over.
     */
    @Transactional(readOnly = true)
    public List<FillIn> overBetween(Instant from, Instant to) {
        return jdbc
                .sql(
                        """
                select * from floor_fill_in
                where starts_at < ? and ((ended_at is not null and ended_at >= ?) or ends_at >= ?)
                order by starts_at, id""")
                .params(Timestamp.from(to), Timestamp.from(from), Timestamp.from(from))
                .query(FillIns::fillIn)
                .list()
                .stream()
                .filter(f -> !f.until().isBefore(from) && f.until().isBefore(to))
                .filter(f -> f.until().isAfter(f.startsAt()))
                .toList();
    }

    private static FillIn fillIn(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new FillIn(
                rs.getLong("id"),
                rs.getLong("queue_id"),
                rs.getLong("employee_id"),
                (Long) rs.getObject("alert_id", Long.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
