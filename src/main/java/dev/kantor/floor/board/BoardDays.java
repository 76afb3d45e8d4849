package dev.kantor.floor.board;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.coverage.CoverageCount;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.Schedules;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.ForecastAdjusted;
import dev.kantor.staffing.QueueChanged;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A queue's day counted for the board, as {@code coverage.QueueDays} counts it, but with what is slow
 * to read and changes seldom kept for a while: staffing's requirement (computed on each call, tens of
 * milliseconds a queue) for five minutes, the published shifts for twenty seconds. Both are dropped at
 * once when this node hears that a queue, its forecast or its schedule changed; the time limits bound
 * how long another node's change can go unseen. The day's changes are read fresh every time, so that a
 * break, an absence or a fill-in counts at once.
 */
@Component
class BoardDays {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BoardDays.class);

    static final Duration REQUIREMENT_KEPT = Duration.ofMinutes(5);
    static final Duration SHIFTS_KEPT = Duration.ofSeconds(20);

    private record Key(long queueId, LocalDate date) {}

    private record Kept<T>(T value, long readAtNanos) {

        boolean freshFor(Duration kept) {
            return System.nanoTime() - readAtNanos < kept.toNanos();
        }
    }

    /** The day's published shifts, and whether the week's schedule is still being prepared. */
    record Shifts(List<PublishedShift> shifts, boolean preparing) {}

    private final Map<Key, Kept<List<CoverageCount.Required>>> requirements = new ConcurrentHashMap<>();
    private final Map<Key, Kept<Shifts>> shifts = new ConcurrentHashMap<>();

    private final StaffingRequirements staffing;
    private final PublishedShifts published;
    private final Schedules schedules;
    private final List<DayChanges> sources;
    private final BusinessCalendars calendars;

    BoardDays(
            StaffingRequirements staffing,
            PublishedShifts published,
            Schedules schedules,
            List<DayChanges> sources,
            BusinessCalendars calendars) {
        this.staffing = staffing;
        this.published = published;
        this.schedules = schedules;
        this.sources = sources;
        this.calendars = calendars;
    }

    /** The queue's business day {@code date}, counted with the day's changes as they are now. */
    QueueDay on(long queueId, LocalDate date) {
        ZoneId zone = calendars.zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        Key key = new Key(queueId, date);
        List<DayChange> changes = new ArrayList<>();
        for (DayChanges source : sources) {
            changes.addAll(source.on(queueId, from, to));
        }
        return CoverageCount.count(
                queueId,
                date,
                kept(requirements, key, REQUIREMENT_KEPT, () -> required(queueId, date, zone)),
                shiftsOn(queueId, date).shifts(),
                changes);
    }

    /** The day's published shifts on the queue, and whether its schedule is being prepared. */
    Shifts shiftsOn(long queueId, LocalDate date) {
        ZoneId zone = calendars.zone();
        return kept(shifts, new Key(queueId, date), SHIFTS_KEPT, () -> {
            List<PublishedShift> found = published.onQueue(
                    queueId,
                    date.atStartOfDay(zone).toInstant(),
                    date.plusDays(1).atStartOfDay(zone).toInstant());
            // whether the week is still being prepared is Kantor's own question, whoever looks at the board
            return new Shifts(found, found.isEmpty() && preparing(queueId, date));
        });
    }

    /** Whether the queue's week has a schedule not yet published, or being solved. */
    private boolean preparing(long queueId, LocalDate date) {
        try {
            return SystemUser.call(() -> schedules
                    .find(queueId, monday(date))
                    .filter(s -> s.solving() || s.publishedVersion() == 0)
                    .isPresent());
        } catch (RuntimeException unreadable) {
            // the board shows the day without the note rather than fail over a schedule it cannot read
            log.warn("Could not tell whether queue {}'s schedule for {} is being prepared", queueId, date, unreadable);
            return false;
        }
    }

    private static <T> T kept(Map<Key, Kept<T>> cache, Key key, Duration howLong, Supplier<T> read) {
        Kept<T> known = cache.get(key);
        if (known != null && known.freshFor(howLong)) {
            return known.value();
        }
        T value = read.get();
        cache.put(key, new Kept<>(value, System.nanoTime()));
        return value;
    }

    private List<CoverageCount.Required> required(long queueId, LocalDate date, ZoneId zone) {
        DayRequirement day = staffing.week(queueId, monday(date))
                .map(WeekRequirement::days)
                .map(days -> days.get(date.getDayOfWeek().getValue() - 1))
                .orElse(DayRequirement.closed(date));
        List<CoverageCount.Required> intervals = new ArrayList<>(day.intervals());
        for (int i = 0; i < day.intervals(); i++) {
            Instant start = date.atTime(day.intervalStart(i)).atZone(zone).toInstant();
            intervals.add(new CoverageCount.Required(
                    new Span(start, start.plusSeconds(DayRequirement.INTERVAL_MINUTES * 60L)),
                    day.onFloor().get(i)));
        }
        return intervals;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Forgets what was read of a queue (every queue when null). */
    void forget(Long queueId) {
        if (queueId == null) {
            requirements.clear();
            shifts.clear();
        } else {
            requirements.keySet().removeIf(key -> key.queueId() == queueId);
            shifts.keySet().removeIf(key -> key.queueId() == queueId);
        }
    }

    @ApplicationModuleListener
    void on(QueueChanged event) {
        forget(event.queueId());
    }

    @ApplicationModuleListener
    void on(ForecastAdjusted event) {
        forget(event.queueId());
    }

    @ApplicationModuleListener
    void on(SchedulePublished event) {
        forget(event.queueId());
    }
}
