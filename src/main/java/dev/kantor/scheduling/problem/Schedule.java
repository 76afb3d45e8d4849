package dev.kantor.scheduling.problem;

import java.util.List;

/**
 * An answer to a problem: the shifts, what they cost, a proven lower bound on the cost of any
 * schedule that covers the requirement, and every interval left short.
 */
public record Schedule(
        ScheduleStatus status,
        long paidMinutes,
        long lowerBoundPaidMinutes,
        List<Shortfall> shortfalls,
        List<Shift> shifts,
        List<DayCoverage> coverage) {

    public Schedule {
        shortfalls = Lists.copy(shortfalls);
        shifts = Lists.copy(shifts);
        coverage = Lists.copy(coverage);
    }

    public Schedule withStatus(ScheduleStatus newStatus) {
        return new Schedule(newStatus, paidMinutes, lowerBoundPaidMinutes, shortfalls, shifts, coverage);
    }

    /** Agent-intervals short over the whole horizon. */
    public long shortAgentIntervals() {
        return shortfalls.stream().mapToLong(s -> s.required() - s.onDuty()).sum();
    }
}
