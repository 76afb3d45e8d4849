package dev.kantor.staffing.forecast;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.ForecastAdjusted;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' adjustments to a queue's forecast, as stored: everyone signed in reads them; managers
 * and admins set them, each change checked against the week the manager saw, recorded in the
 * audit trail and published as {@link ForecastAdjusted} in the same transaction.
 */
@Service
@Transactional
class Adjustments {

    static final String AUDITED_AS = "forecast-adjustment";
    static final double MIN_PERCENT = -100;
    static final double MAX_PERCENT = 1000;

    /** One adjustment of a week, as a page row: date, slot (null for the whole day), percent. */
    public record Adjustment(LocalDate date, Integer slot, double percent) {

        /** When the adjusted quarter hour starts; null for a whole day. */
        public LocalTime time() {
            return slot == null ? null : ContactForecast.slotStart(slot);
        }
    }

    private final StoredQueues queues;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Adjustments(StoredQueues queues, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.queues = queues;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Sets a manager's change to the forecast, in percent (−100 to 1,000), for a whole day or, with
     * a slot (0 = 00:00, 1 = 00:15 …), one quarter hour of it; null percent removes it.
     *
     * @param seenVersion the {@link ForecastAdjustments#version()} of the week the manager saw; when
     *                    the week changed since, the change is refused rather than overwrite another
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void adjust(long queueId, LocalDate date, Integer slot, Double percent, String seenVersion) {
        WorkQueue queue = queues.get(queueId);
        new InputCheck()
                .required("date", date)
                .date("date", date)
                .required("version", seenVersion, 64)
                .that(slot == null || slot >= 0 && slot < VolumeHistory.SLOTS, "slot", "staffing.validation.slot")
                .that(
                        percent == null || Double.isFinite(percent) && percent >= MIN_PERCENT && percent <= MAX_PERCENT,
                        "percent",
                        "staffing.validation.adjustment",
                        (long) MIN_PERCENT,
                        (long) MAX_PERCENT)
                .throwIfAny();
        // one change to a queue's forecast at a time, so that the version read below stays true
        jdbc.sql("select id from work_queue where id = ? for update")
                .param(queueId)
                .query(Long.class)
                .single();
        LocalDate monday = Forecasts.mondayOf(date);
        if (!ofWeek(queueId, monday).version().equals(seenVersion)) {
            throw KantorException.conflict("staffing.adjustment.conflict");
        }
        int key = slot == null ? -1 : slot;
        Double before = jdbc.sql(
                        """
                select change_percent from forecast_adjustment where queue_id = ? and on_date = ? and slot = ?""")
                .params(queueId, Date.valueOf(date), key)
                .query(Double.class)
                .optional()
                .orElse(null);
        jdbc.sql("delete from forecast_adjustment where queue_id = ? and on_date = ? and slot = ?")
                .params(queueId, Date.valueOf(date), key)
                .update();
        if (percent != null) {
            jdbc.sql("insert into forecast_adjustment (queue_id, on_date, slot, change_percent) values (?, ?, ?, ?)")
                    .params(queueId, Date.valueOf(date), key, percent)
                    .update();
        }
        String what = date + (slot == null ? "" : " " + ContactForecast.slotStart(slot));
        audit.changed(
                AUDITED_AS,
                queueId,
                queue.name(),
                AuditAction.UPDATED,
                adjustment(what, before),
                adjustment(what, percent));
        if (!Objects.equals(before, percent)) {
            events.publishEvent(new ForecastAdjusted(queueId, monday));
        }
    }

    private static Map<String, String> adjustment(String what, Double percent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(what, percent == null ? null : percent + "%");
        return fields;
    }

    /** The adjustments of the week from {@code monday}. */
    @Transactional(readOnly = true)
    public ForecastAdjustments ofWeek(long queueId, LocalDate monday) {
        Map<LocalDate, Double> days = new TreeMap<>();
        Map<LocalDate, Map<Integer, Double>> slots = new HashMap<>();
        jdbc.sql(
                        """
                select on_date, slot, change_percent from forecast_adjustment
                where queue_id = ? and on_date >= ? and on_date < ?""")
                .params(queueId, Date.valueOf(monday), Date.valueOf(monday.plusDays(7)))
                .query(rs -> {
                    LocalDate date = rs.getDate(1).toLocalDate();
                    int slot = rs.getInt(2);
                    if (slot < 0) {
                        days.put(date, rs.getDouble(3));
                    } else {
                        slots.computeIfAbsent(date, d -> new TreeMap<>()).put(slot, rs.getDouble(3));
                    }
                });
        return new ForecastAdjustments(days, slots);
    }

    /** The adjustments of the week from {@code monday} as rows, by date, the whole day before its quarter hours. */
    @Transactional(readOnly = true)
    public List<Adjustment> listOfWeek(long queueId, LocalDate monday) {
        ForecastAdjustments all = ofWeek(queueId, monday);
        List<Adjustment> list = new ArrayList<>();
        all.days().forEach((date, percent) -> list.add(new Adjustment(date, null, percent)));
        all.slots()
                .forEach((date, bySlot) ->
                        bySlot.forEach((slot, percent) -> list.add(new Adjustment(date, slot, percent))));
        list.sort(Comparator.comparing(Adjustment::date).thenComparing(a -> a.slot() == null ? -1 : a.slot()));
        return list;
    }
}
