package dev.kantor.floor.callin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.kantor.floor.alerts.Alerts;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.Times;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calling in help: a manager offers a short stretch to people, each told in the app; the one offered
 * accepts or declines. The stretch's places are taken by a conditional update ({@code taken < needed}),
 * so that of two people accepting the last place exactly one gets it and the other is told it is gone
 * (409). Every step is audited.
 */
@Service
@Transactional
public class CallIns {

    static final String AUDIT_TYPE = "floor-call-in";
    static final String KIND = "FLOOR_OFFER";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkQueues queues;
    private final Notifications notifications;
    private final PresenceBoard presence;
    private final Alerts alerts;
    private final AuditTrail audit;
    private final BusinessZone zone;
    private final Duration offerFor;

    CallIns(
            JdbcClient jdbc,
            Clock clock,
            WorkQueues queues,
            Notifications notifications,
            PresenceBoard presence,
            Alerts alerts,
            AuditTrail audit,
            BusinessZone zone,
            @Value("${kantor.floor.call-in.offer-for:PT10M}") Duration offerFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.queues = queues;
        this.notifications = notifications;
        this.presence = presence;
        this.alerts = alerts;
        this.audit = audit;
        this.zone = zone;
        this.offerFor = offerFor;
    }

    /**
     * Offers the stretch to these people; {@code needed} of them can take it (the stretch's shortfall).
     *
     * @return the offers sent, one per person
     */
    public List<CallInOffer> offer(
            Long queueId, Instant from, Instant until, Integer needed, List<Long> employeeIds, Long alertId) {
        long managerId = CurrentUser.employeeId("floor.callin.no-employee");
        new InputCheck()
                .required("queueId", queueId)
                .required("from", from)
                .required("until", until)
                .required("needed", needed)
                .moment("from", from)
                .moment("until", until)
                .throwIfAny();
        Instant now = clock.instant();
        QueueSummary queue = queues.find(queueId).orElse(null);
        new InputCheck()
                .that(queue != null, "queueId", "floor.callin.no-queue")
                .that(until.isAfter(from), "until", "floor.callin.until-after-from")
                .that(until.isAfter(now), "until", "floor.callin.in-the-past")
                .that(!until.isAfter(from.plus(Duration.ofHours(12))), "until", "floor.callin.too-long", 12)
                .range("needed", needed, 1, 50)
                .that(employeeIds != null && !employeeIds.isEmpty(), "employeeIds", "floor.callin.nobody")
                .throwIfAny();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into floor_call_in (queue_id, alert_id, starts_at, ends_at, needed, taken, created_at, created_by)
                values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        queueId,
                        alertId,
                        Timestamp.from(from),
                        Timestamp.from(until),
                        needed,
                        Timestamp.from(now),
                        managerId)
                .update(keys, "id");
        long callInId = keys.getKey().longValue();
        Instant expires = now.plus(offerFor).isAfter(until) ? until : now.plus(offerFor);
        Times times = Times.in(zone.zone());
        List<CallInOffer> offers = new ArrayList<>();
        for (long employeeId : new LinkedHashSet<>(employeeIds)) {
            KeyHolder offerKey = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                    insert into floor_call_in_offer (call_in_id, employee_id, state, offered_at, expires_at, version)
                    values (?, ?, 'OFFERED', ?, ?, 0)""")
                    .params(callInId, employeeId, Timestamp.from(now), Timestamp.from(expires))
                    .update(offerKey, "id");
            CallInOffer offer = get(offerKey.getKey().longValue());
            offers.add(offer);
            audit.noted(AUDIT_TYPE, offer.id(), queue.name(), AuditAction.CREATED, facts(offer, "offered"));
            notifications.notify(new Notice(
                    "floor-offer:" + offer.id(),
                    employeeId,
                    KIND,
                    "floor.callin.offer.notice",
                    List.of(
                            Notice.verbatim(queue.name()),
                            Notice.verbatim(times.time(from)),
                            Notice.verbatim(times.time(until))),
                    "/floor/offers",
                    now));
        }
        alerts.answerOpenOn(queueId, managerId);
        return offers;
    }

    /**
     * The person offered takes the stretch, if a place is left.
     *
     * @throws KantorException forbidden for anyone else; conflict when the offer was answered, ran out
     *                         or its places were taken
     */
    public CallInOffer accept(long offerId) {
        CallInOffer offer = ownOpen(offerId);
        Instant now = clock.instant();
        int taken = jdbc.sql("update floor_call_in set taken = taken + 1 where id = ? and taken < needed")
                .param(offer.callInId())
                .update();
        if (taken != 1) {
            throw KantorException.conflict("floor.callin.filled");
        }
        answer(offer, "ACCEPTED", now);
        if (!offer.startsAt().isAfter(now)) {
            presence.set(offer.employeeId(), PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        }
        return get(offerId);
    }

    /** The person offered says no. */
    public CallInOffer decline(long offerId) {
        CallInOffer offer = ownOpen(offerId);
        answer(offer, "DECLINED", clock.instant());
        return get(offerId);
    }

    /** The signed-in employee's offers, open ones first, then the latest answered. */
    @Transactional(readOnly = true)
    public List<CallInOffer> mine() {
        long employeeId = CurrentUser.employeeId("floor.callin.no-employee");
        return read(
                "o.employee_id = ? order by case when o.state = 'OFFERED' then 0 else 1 end, o.offered_at desc, o.id desc "
                        + "limit 50",
                employeeId);
    }

    /** Offers still open whose time ran out. */
    @Transactional(readOnly = true)
    List<CallInOffer> runOut(Instant now) {
        return jdbc
                .sql("select id from floor_call_in_offer where state = 'OFFERED' and expires_at <= ? order by id")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list()
                .stream()
                .map(this::get)
                .toList();
    }

    /** Marks one offer run out, if it still is open: true for the one node that does it. */
    boolean expire(CallInOffer offer, Instant now) {
        int updated = jdbc.sql(
                        """
                update floor_call_in_offer set state = 'EXPIRED', answered_at = ?, version = version + 1
                where id = ? and state = 'OFFERED' and expires_at <= ?""")
                .params(Timestamp.from(now), offer.id(), Timestamp.from(now))
                .update();
        if (updated == 1) {
            audit.noted(AUDIT_TYPE, offer.id(), offer.queueName(), AuditAction.UPDATED, facts(offer, "expired"));
        }
        return updated == 1;
    }

    /** Accepted offers on the queue overlapping {@code [from, to)}. */
    @Transactional(readOnly = true)
    public List<CallInOffer> acceptedOn(long queueId, Instant from, Instant to) {
        return read(
                "c.queue_id = ? and o.state = 'ACCEPTED' and c.starts_at < ? and c.ends_at > ? order by c.starts_at",
                queueId,
                Timestamp.from(to),
                Timestamp.from(from));
    }

    @Transactional(readOnly = true)
    public CallInOffer get(long offerId) {
        return read("o.id = ?", offerId).stream()
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("floor.callin.not-found", offerId));
    }

    private CallInOffer ownOpen(long offerId) {
        long employeeId = CurrentUser.employeeId("floor.callin.no-employee");
        CallInOffer offer = get(offerId);
        if (offer.employeeId() != employeeId) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "floor.callin.not-yours");
        }
        if (!offer.isOpen() || !offer.expiresAt().isAfter(clock.instant())) {
            throw KantorException.conflict("floor.callin.answered");
        }
        return offer;
    }

    private void answer(CallInOffer offer, String state, Instant now) {
        int updated = jdbc.sql(
                        """
                update floor_call_in_offer set state = ?, answered_at = ?, version = version + 1
                where id = ? and state = 'OFFERED' and version = ?""")
                .params(state, Timestamp.from(now), offer.id(), offer.version())
                .update();
        if (updated != 1) {
            throw KantorException.conflict("floor.callin.answered");
        }
        audit.noted(AUDIT_TYPE, offer.id(), offer.queueName(), AuditAction.UPDATED, facts(offer, state.toLowerCase()));
    }

    private static Map<String, String> facts(CallInOffer offer, String step) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("step", step);
        facts.put("queueId", String.valueOf(offer.queueId()));
        facts.put("employeeId", String.valueOf(offer.employeeId()));
        facts.put("from", offer.startsAt().toString());
        facts.put("until", offer.endsAt().toString());
        return facts;
    }

    private List<CallInOffer> read(String condition, Object... params) {
        Map<Long, String> names = new java.util.HashMap<>();
        return jdbc.sql(
                        """
                select o.*, c.queue_id, c.starts_at, c.ends_at, c.needed, c.taken
                from floor_call_in_offer o join floor_call_in c on c.id = o.call_in_id
                where\s"""
                                + condition)
                .params(params)
                .query((rs, row) -> offer(rs, names))
                .list();
    }

    private CallInOffer offer(ResultSet rs, Map<Long, String> names) throws SQLException {
        long queueId = rs.getLong("queue_id");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new CallInOffer(
                rs.getLong("id"),
                rs.getLong("call_in_id"),
                queueId,
                names.computeIfAbsent(
                        queueId, id -> queues.find(id).map(QueueSummary::name).orElse("#" + id)),
                rs.getLong("employee_id"),
                rs.getString("state"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getTimestamp("offered_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                answered == null ? null : answered.toInstant(),
                rs.getInt("needed"),
                rs.getInt("taken"),
                rs.getInt("version"));
    }
}
