package dev.kantor.floor.breaks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.coverage.CoverageCount;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.staffing.ForecastAdjusted;
import dev.kantor.staffing.QueueChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A queue's day counted as {@link QueueDays} counts it, with staffing's requirement kept for a minute
 * per queue and day (it is computed on each call, in tens of milliseconds): the shifts and the day's
 * changes are read fresh on every call, so an answer sees every break agreed before it. The requirement
 * is dropped at once on this node when the queue, its forecast or its schedule changes; other nodes read
 * it again within the minute.
 */
@Component
class CountedDays {

    static final Duration FRESH = Duration.ofMinutes(1);

    private final QueueDays queueDays;
    private final PublishedShifts shifts;
    private final List<DayChanges> sources;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final Map<Key, Requirement> requirements = new ConcurrentHashMap<>();

    CountedDays(
            QueueDays queueDays,
            PublishedShifts shifts,
            List<DayChanges> sources,
            BusinessCalendars calendars,
            Clock clock) {
        this.queueDays = queueDays;
        this.shifts = shifts;
        this.sources = sources;
        this.calendars = calendars;
        this.clock = clock;
    }

    QueueDay on(long queueId, LocalDate date) {
        return days(queueId, date, date);
    }

    /**
     * The business days from the one {@code from} falls on to the one {@code to} falls on, counted as one:
     * a break of a shift that runs past midnight may be taken on the next business day.
     */
    QueueDay over(long queueId, Instant from, Instant to) {
        ZoneId zone = calendars.zone();
        return days(queueId, LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone));
    }

    private QueueDay days(long queueId, LocalDate first, LocalDate last) {
        ZoneId zone = calendars.zone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<DayChange> changes = new ArrayList<>();
        for (DayChanges source : sources) {
            changes.addAll(source.on(queueId, from, to));
        }
        List<CoverageCount.Required> intervals = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            intervals.addAll(required(queueId, date));
        }
        return CoverageCount.count(queueId, first, intervals, shifts.onQueue(queueId, from, to), changes);
    }

    private List<CoverageCount.Required> required(long queueId, LocalDate date) {
        Key key = new Key(queueId, date);
        Instant now = clock.instant();
        Requirement known = requirements.get(key);
        if (known == null || known.readAt().plus(FRESH).isBefore(now)) {
            List<CoverageCount.Required> intervals = queueDays.on(queueId, date).intervals().stream()
                    .map(interval -> new CoverageCount.Required(interval.span(), interval.required()))
                    .toList();
            known = new Requirement(intervals, now);
            requirements.put(key, known);
        }
        return known.intervals();
    }

    @EventListener
    void on(QueueChanged changed) {
        drop(changed.queueId());
    }

    @EventListener
    void on(ForecastAdjusted adjusted) {
        drop(adjusted.queueId());
    }

    @EventListener
    void on(SchedulePublished published) {
        drop(published.queueId());
    }

    private void drop(long queueId) {
        requirements.keySet().removeIf(key -> key.queueId() == queueId);
    }

    private record Key(long queueId, LocalDate date) {}

    private record Requirement(List<CoverageCount.Required> intervals, Instant readAt) {}
}
