package dev.kantor.staffing.queues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.QueueChanged;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work queues as stored. Everyone signed in reads them; managers and admins define and change
 * them, each change checked against the version it was based on and recorded in the audit trail
 * in the same transaction; a change of opening hours or standard is published as {@link QueueChanged}.
 */
@Service
@Transactional
public class StoredQueues {

    static final String AUDITED_AS = "work-queue";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    StoredQueues(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<WorkQueue> all() {
        Map<Long, Map<DayOfWeek, OpeningHours>> hours = new HashMap<>();
        jdbc.sql("select queue_id, day_of_week, opens, closes from work_queue_hours")
                .query(rs -> {
                    hours.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(DayOfWeek.class))
                            .put(
                                    DayOfWeek.valueOf(rs.getString(2)),
                                    new OpeningHours(
                                            rs.getTime(3).toLocalTime(),
                                            rs.getTime(4).toLocalTime()));
                });
        return jdbc.sql("select * from work_queue order by name_key")
                .query((rs, row) -> map(rs, hours.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<WorkQueue> find(long id) {
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select day_of_week, opens, closes from work_queue_hours where queue_id = ?")
                .param(id)
                .query(rs -> {
                    hours.put(
                            DayOfWeek.valueOf(rs.getString(1)),
                            new OpeningHours(
                                    rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
                });
        return jdbc.sql("select * from work_queue where id = ?")
                .param(id)
                .query((rs, row) -> map(rs, hours))
                .optional();
    }

    /** The queue, or a not-found failure (404 in the API). */
    @Transactional(readOnly = true)
    public WorkQueue get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("staffing.queue.not-found", id));
    }

    @Transactional(readOnly = true)
    public Optional<WorkQueue> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from work_queue where name_key = ?")
                .param(key(name))
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public WorkQueue create(QueueDetails details) {
        WorkQueue queue = QueueRules.toQueue(details, 0, 0);
        requireFreeName(queue.name(), null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into work_queue (name, name_key, channel, aht_seconds, service_level, target_seconds,
                    max_asa_seconds, max_occupancy, shrinkage, patience_seconds, max_abandon, version)
                values (:name, :key, :channel, :aht, :level, :seconds, :asa, :occupancy, :shrinkage, :patience,
                    :abandon, 0)""")
                .params(parameters(queue))
                .update(key, "id");
        long id = key.getKey().longValue();
        storeHours(id, queue.hours());
        WorkQueue created = get(id);
        audit.created(AUDITED_AS, id, created.name(), created.snapshot());
        return created;
    }

    /** Changes a queue; refused with a conflict when someone changed it since {@code version}. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public WorkQueue change(long id, QueueDetails details, int version) {
        WorkQueue before = get(id);
        WorkQueue queue = QueueRules.toQueue(details, id, version);
        requireFreeName(queue.name(), id);
        Map<String, Object> params = parameters(queue);
        params.put("id", id);
        params.put("version", version);
        int changed = jdbc.sql(
                        """
                update work_queue set name = :name, name_key = :key, channel = :channel, aht_seconds = :aht,
                    service_level = :level, target_seconds = :seconds, max_asa_seconds = :asa,
                    max_occupancy = :occupancy, shrinkage = :shrinkage, patience_seconds = :patience,
                    max_abandon = :abandon, version = version + 1
                where id = :id and version = :version""")
                .params(params)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        jdbc.sql("delete from work_queue_hours where queue_id = ?").param(id).update();
        storeHours(id, queue.hours());
        WorkQueue after = get(id);
        audit.changed(AUDITED_AS, id, after.name(), AuditAction.UPDATED, before.snapshot(), after.snapshot());
        if (!after.staffedAlike(before)) {
            events.publishEvent(new QueueChanged(id, after.version()));
        }
        return after;
    }

    /**
     * Removes a queue defined by mistake or no longer worked, with its contact history and forecast
     * adjustments; refused with a conflict when someone changed it since {@code version}.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public WorkQueue remove(long id, int version) {
        WorkQueue queue = get(id);
        // history and adjustments go with the queue (on delete cascade)
        if (jdbc.sql("delete from work_queue where id = ? and version = ?")
                        .params(id, version)
                        .update()
                == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.deleted(AUDITED_AS, id, queue.name(), queue.snapshot());
        return queue;
    }

    private void storeHours(long id, Map<DayOfWeek, OpeningHours> hours) {
        hours.forEach((day, h) -> jdbc.sql(
                        "insert into work_queue_hours (queue_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
                .params(id, day.name(), Time.valueOf(h.opens()), Time.valueOf(h.closes()))
                .update());
    }

    private void requireFreeName(String name, Long id) {
        jdbc.sql("select id from work_queue where name_key = ?")
                .param(key(name))
                .query(Long.class)
                .optional()
                .filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw new DuplicateValue("name", "staffing.queue.name-taken", name);
                });
    }

    private static Map<String, Object> parameters(WorkQueue q) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", q.name());
        params.put("key", key(q.name()));
        params.put("channel", q.channel().name());
        params.put("aht", q.ahtSeconds());
        params.put("level", q.serviceLevelPercent());
        params.put("seconds", q.targetSeconds());
        params.put("asa", q.maxAsaSeconds());
        params.put("occupancy", q.maxOccupancyPercent());
        params.put("shrinkage", q.shrinkagePercent());
        params.put("patience", q.patienceSeconds());
        params.put("abandon", q.maxAbandonPercent());
        return params;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static WorkQueue map(ResultSet rs, Map<DayOfWeek, OpeningHours> hours) throws SQLException {
        return new WorkQueue(
                rs.getLong("id"),
                rs.getString("name"),
                QueueChannel.valueOf(rs.getString("channel")),
                hours,
                rs.getDouble("aht_seconds"),
                nullable(rs, "service_level"),
                nullable(rs, "target_seconds"),
                nullable(rs, "max_asa_seconds"),
                nullable(rs, "max_occupancy"),
                rs.getDouble("shrinkage"),
                nullable(rs, "patience_seconds"),
                nullable(rs, "max_abandon"),
                rs.getInt("version"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
