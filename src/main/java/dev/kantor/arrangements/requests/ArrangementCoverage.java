package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import org.springframework.stereotype.Component;

/**
 * Gathers what the coverage check weighs for one arrangement: the person's published shifts in the arrangement's
 * time (from today, at most {@link #AHEAD_DAYS} days ahead: nothing is published further), each touched queue
 * day's shifts and its requirement on the floor (staffing's, the same the live floor compares with). Someone on no
 * published shift the arrangement touches is on no front-office roster for it: nothing to check.
 */
@Component
class ArrangementCoverage {

    static final int AHEAD_DAYS = 84;

    private final PublishedShifts published;
    private final StaffingRequirements requirements;
    private final BusinessCalendars calendars;

    ArrangementCoverage(PublishedShifts published, StaffingRequirements requirements, BusinessCalendars calendars) {
        this.published = published;
        this.requirements = requirements;
        this.calendars = calendars;
    }

    CoverageCheck.Outcome check(Arrangement a, LocalDate today, String overrideReason) {
        ZoneId zone = calendars.zone();
        LocalDate from = a.validFrom().isAfter(today) ? a.validFrom() : today;
        LocalDate until = today.plusDays(AHEAD_DAYS);
        if (a.validUntil() != null && a.validUntil().isBefore(until)) {
            until = a.validUntil();
        }
        if (until.isBefore(from)) {
            return CoverageCheck.check(a.employeeId(), List.of(), shift -> List.of(), overrideReason);
        }
        List<PublishedShift> theirs = published.ofEmployee(
                a.employeeId(),
                from.atStartOfDay(zone).toInstant(),
                until.plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, CoverageCheck.QueueDay> days = new LinkedHashMap<>();
        Map<String, Optional<WeekRequirement>> weeks = new HashMap<>();
        for (PublishedShift shift : theirs) {
            if (a.awayFrom(shift, zone).isEmpty()) {
                continue;
            }
            String key = shift.queueId() + "@" + shift.workDate();
            if (days.containsKey(key)) {
                continue;
            }
            LocalDate date = shift.workDate();
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Optional<WeekRequirement> week = weeks.computeIfAbsent(
                    shift.queueId() + "@" + monday, k -> requirements.week(shift.queueId(), monday));
            List<CoverageCheck.Interval> intervals = new ArrayList<>();
            week.map(w -> w.on(date.getDayOfWeek()))
                    .filter(DayRequirement::isOpen)
                    .ifPresent(day -> {
                        for (int i = 0; i < day.intervals(); i++) {
                            Instant start = date.atTime(day.intervalStart(i))
                                    .atZone(zone)
                                    .toInstant();
                            intervals.add(new CoverageCheck.Interval(
                                    new CoverageCheck.Span(
                                            start, start.plusSeconds(DayRequirement.INTERVAL_MINUTES * 60L)),
                                    day.onFloor().get(i)));
                        }
                    });
            List<PublishedShift> onQueue = published
                    .onQueue(
                            shift.queueId(),
                            date.atStartOfDay(zone).toInstant(),
                            date.plusDays(1).atStartOfDay(zone).toInstant())
                    .stream()
                    .filter(s -> s.workDate().equals(date))
                    .toList();
            days.put(key, new CoverageCheck.QueueDay(shift.queueId(), date, intervals, onQueue));
        }
        return CoverageCheck.check(
                a.employeeId(), List.copyOf(days.values()), shift -> a.awayFrom(shift, zone), overrideReason);
    }
}
