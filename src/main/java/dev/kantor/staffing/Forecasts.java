package dev.kantor.staffing;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.calendar.Holiday;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.history.StoredHistory;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A queue's week ahead: contacts per 15-minute interval forecast from its history (see
 * {@link ContactForecast}), managers' adjustments, and the staffing every open interval needs.
 * Everyone signed in reads it; managers and admins adjust it.
 */
@Service
@Transactional
public class Forecasts {

    static final String AUDITED_AS = "forecast-adjustment";
    static final double MIN_PERCENT = -100;
    static final double MAX_PERCENT = 1000;

    private final StoredQueues queues;
    private final StoredHistory history;
    private final BusinessCalendars calendars;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Forecasts(StoredQueues queues, StoredHistory history, BusinessCalendars calendars, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.queues = queues;
        this.history = history;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The Monday of the week a date falls in. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Next week's Monday in the business's time zone: the week a forecast is made for by default. */
    public LocalDate nextWeek() {
        return mondayOf(today()).plusWeeks(1);
    }

    /** The forecast and staffing of the week that {@code day} falls in, learning only from history before it. */
    @Transactional(readOnly = true)
    public WeekPlan week(long queueId, LocalDate day) {
        new InputCheck().date("week", day).throwIfAny();
        WorkQueue queue = queues.get(queueId);
        LocalDate monday = mondayOf(day);
        ZoneId zone = calendars.zone();
        LocalDate today = today();
        // learn from complete days only, and never from the week being forecast
        LocalDate until = monday.isBefore(today) ? monday : today;
        LocalDate from = until.minusDays(ContactForecast.WINDOW_DAYS + ForecastAccuracy.HELD_OUT_DAYS);
        VolumeHistory past = new VolumeHistory(history.between(queueId, from.atStartOfDay(zone).toInstant(),
                until.atStartOfDay(zone).toInstant()), zone);
        Set<LocalDate> holidays = new HashSet<>();
        calendars.holidays().stream().map(Holiday::date).forEach(holidays::add);
        List<LocalDate> weekHolidays = monday.datesUntil(monday.plusDays(7)).filter(holidays::contains).toList();
        ForecastAdjustments adjustments = adjustments(queueId, monday);

        ContactForecast model = ContactForecast.learn(past, until, holidays, queue);
        if (model == null) {
            return new WeekPlan(queue, monday, List.of(), null, 0, weekHolidays, adjustments);
        }
        List<DayForecast> days = model.days(monday, 7, holidays).stream().map(adjustments::applyTo).toList();
        return new WeekPlan(queue, monday, StaffingPlan.of(queue, days),
                ForecastAccuracy.weightedMape(past, until, holidays, queue), model.learnedDays(), weekHolidays,
                adjustments);
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
                .that(percent == null || Double.isFinite(percent) && percent >= MIN_PERCENT && percent <= MAX_PERCENT,
                        "percent", "staffing.validation.adjustment", (long) MIN_PERCENT, (long) MAX_PERCENT)
                .throwIfAny();
        // one change to a queue's forecast at a time, so that the version read below stays true
        jdbc.sql("select id from work_queue where id = ? for update").param(queueId).query(Long.class).single();
        if (!adjustments(queueId, mondayOf(date)).version().equals(seenVersion)) {
            throw KantorException.conflict("staffing.adjustment.conflict");
        }
        int key = slot == null ? -1 : slot;
        Double before = jdbc.sql("select change_percent from forecast_adjustment where queue_id = ? and on_date = ? and slot = ?")
                .params(queueId, Date.valueOf(date), key).query(Double.class).optional().orElse(null);
        jdbc.sql("delete from forecast_adjustment where queue_id = ? and on_date = ? and slot = ?")
                .params(queueId, Date.valueOf(date), key).update();
        if (percent != null) {
            jdbc.sql("insert into forecast_adjustment (queue_id, on_date, slot, change_percent) values (?, ?, ?, ?)")
                    .params(queueId, Date.valueOf(date), key, percent).update();
        }
        String what = date + (slot == null ? "" : " " + ContactForecast.slotStart(slot));
        audit.changed(AUDITED_AS, queueId, queue.name(), AuditAction.UPDATED, adjustment(what, before),
                adjustment(what, percent));
    }

    private static Map<String, String> adjustment(String what, Double percent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(what, percent == null ? null : percent + "%");
        return fields;
    }

    @Transactional(readOnly = true)
    public ForecastAdjustments adjustments(long queueId, LocalDate monday) {
        Map<LocalDate, Double> days = new TreeMap<>();
        Map<LocalDate, Map<Integer, Double>> slots = new HashMap<>();
        jdbc.sql("""
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

    /** Every adjustment of the week, as rows for a page: date, slot (null for the day), percent. */
    public record Adjustment(LocalDate date, Integer slot, double percent) {

        /** When the adjusted quarter hour starts; null for a whole day. */
        public java.time.LocalTime time() {
            return slot == null ? null : ContactForecast.slotStart(slot);
        }
    }

    @Transactional(readOnly = true)
    public List<Adjustment> adjustmentList(long queueId, LocalDate monday) {
        ForecastAdjustments all = adjustments(queueId, monday);
        List<Adjustment> list = new ArrayList<>();
        all.days().forEach((date, percent) -> list.add(new Adjustment(date, null, percent)));
        all.slots().forEach((date, bySlot) -> bySlot.forEach((slot, percent) -> list.add(new Adjustment(date, slot,
                percent))));
        list.sort(java.util.Comparator.comparing(Adjustment::date)
                .thenComparing(a -> a.slot() == null ? -1 : a.slot()));
        return list;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.zone()));
    }
}
