package dev.kantor.staffing.forecast;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.calendar.Holiday;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.history.StoredHistory;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A queue's week ahead: contacts per 15-minute interval forecast from its history (see
 * {@link ContactForecast}), with managers' {@link Adjustments}, and the staffing every open
 * interval needs. Everyone signed in reads it.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

    private final StoredQueues queues;
    private final StoredHistory history;
    private final Adjustments adjustments;
    private final BusinessCalendars calendars;
    private final Clock clock;

    Forecasts(
            StoredQueues queues,
            StoredHistory history,
            Adjustments adjustments,
            BusinessCalendars calendars,
            Clock clock) {
        this.queues = queues;
        this.history = history;
        this.adjustments = adjustments;
        this.calendars = calendars;
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
    public WeekPlan week(long queueId, LocalDate day) {
        new InputCheck().date("week", day).throwIfAny();
        WorkQueue queue = queues.get(queueId);
        LocalDate monday = mondayOf(day);
        ZoneId zone = calendars.zone();
        LocalDate today = today();
        // learn from complete days only, and never from the week being forecast
        LocalDate until = monday.isBefore(today) ? monday : today;
        LocalDate from = until.minusDays(ContactForecast.WINDOW_DAYS + ForecastAccuracy.HELD_OUT_DAYS);
        VolumeHistory past = new VolumeHistory(
                history.between(
                        queueId,
                        from.atStartOfDay(zone).toInstant(),
                        until.atStartOfDay(zone).toInstant()),
                zone);
        Set<LocalDate> holidays = new HashSet<>();
        calendars.holidays().stream().map(Holiday::date).forEach(holidays::add);
        List<LocalDate> weekHolidays =
                monday.datesUntil(monday.plusDays(7)).filter(holidays::contains).toList();
        ForecastAdjustments adjusted = adjustments.ofWeek(queueId, monday);

        ContactForecast model = ContactForecast.learn(past, until, holidays, queue);
        if (model == null) {
            return new WeekPlan(queue, monday, List.of(), null, 0, weekHolidays, adjusted);
        }
        List<DayForecast> days =
                model.days(monday, 7, holidays).stream().map(adjusted::applyTo).toList();
        return new WeekPlan(
                queue,
                monday,
                StaffingPlan.of(queue, days),
                ForecastAccuracy.weightedMape(past, until, holidays, queue),
                model.learnedDays(),
                weekHolidays,
                adjusted);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.zone()));
    }
}
