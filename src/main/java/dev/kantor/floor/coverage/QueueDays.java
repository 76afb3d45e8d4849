package dev.kantor.floor.coverage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a queue's day for counting: staffing's requirement (the agents needed on the floor, not the
 * agents to schedule: the shrinkage those add is what breaks and absences use up), the shifts
 * published for it, and the day's changes from every {@link DayChanges} source.
 */
@Service
@Transactional(readOnly = true)
public class QueueDays {

    private final StaffingRequirements requirements;
    private final PublishedShifts shifts;
    private final List<DayChanges> sources;
    private final BusinessCalendars calendars;

    QueueDays(
            StaffingRequirements requirements,
            PublishedShifts shifts,
            List<DayChanges> sources,
            BusinessCalendars calendars) {
        this.requirements = requirements;
        this.shifts = shifts;
        this.sources = sources;
        this.calendars = calendars;
    }

    /**
     * The queue's business day {@code date}, counted.
     *
     * @throws dev.kantor.platform.KantorException not found when there is no such queue
     */
    public QueueDay on(long queueId, LocalDate date) {
        ZoneId zone = calendars.zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<DayChange> changes = new ArrayList<>();
        for (DayChanges source : sources) {
            changes.addAll(source.on(queueId, from, to));
        }
        return CoverageCount.count(
                queueId, date, required(queueId, date, zone), shifts.onQueue(queueId, from, to), changes);
    }

    private List<CoverageCount.Required> required(long queueId, LocalDate date, ZoneId zone) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DayRequirement day = requirements
                .week(queueId, monday)
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
}
