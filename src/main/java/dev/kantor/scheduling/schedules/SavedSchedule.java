package dev.kantor.scheduling.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kantor.scheduling.RequirementSource;
import dev.kantor.scheduling.ScheduleSummary;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.Shortfall;

/**
 * A queue's schedule for a week as stored: the problem it answers (the roster and requirement as they
 * were when it was generated), its shifts, what they cost against the proven lower bound, the
 * intervals they leave short, and the solver's job while one works on it.
 *
 * @param jobId      the job solving it, or null
 * @param jobFailure why the last solve failed, or null
 */
public record SavedSchedule(
        long id,
        long queueId,
        LocalDate monday,
        ScheduleState status,
        int version,
        int publishedVersion,
        Instant publishedAt,
        String publishedBy,
        RequirementSource source,
        Problem problem,
        UUID jobId,
        String jobFailure,
        long paidMinutes,
        long lowerBoundPaidMinutes,
        List<Shortfall> shortfalls,
        List<PlannedShift> shifts) {

    public SavedSchedule {
        shortfalls = List.copyOf(shortfalls);
        shifts = List.copyOf(shifts);
    }

    public boolean solving() {
        return jobId != null;
    }

    public List<Shift> coreShifts() {
        return shifts.stream().map(PlannedShift::shift).toList();
    }

    /** Paid minutes above the proven lower bound, in percent of it; null when it says nothing (no bound, or short). */
    public Double percentAboveBound() {
        if (lowerBoundPaidMinutes <= 0 || !shortfalls.isEmpty()) {
            return null;
        }
        return Math.max(0, 100.0 * (paidMinutes - lowerBoundPaidMinutes) / lowerBoundPaidMinutes);
    }

    public ScheduleSummary summary() {
        return new ScheduleSummary(
                id,
                queueId,
                monday,
                status.name(),
                version,
                publishedVersion,
                solving(),
                paidMinutes,
                lowerBoundPaidMinutes,
                shortfalls.size());
    }
}
