package dev.kantor.staffing.forecast;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.staffing.queues.WorkQueue;

/**
 * A queue's forecast and staffing for one week, Monday to Sunday.
 *
 * @param intervals     every 15-minute interval of the week; empty without enough history
 * @param weightedMape  the forecast's error on the last week of history it did not learn from, as a
 *                      fraction; null without enough history for it
 * @param learnedDays   days of history the forecast learned from
 * @param holidays      the public holidays of the week
 */
public record WeekPlan(
        WorkQueue queue,
        LocalDate monday,
        List<IntervalPlan> intervals,
        Double weightedMape,
        int learnedDays,
        List<LocalDate> holidays,
        ForecastAdjustments adjustments) {

    public boolean forecast() {
        return !intervals.isEmpty();
    }

    public List<IntervalPlan> openIntervals() {
        return intervals.stream().filter(IntervalPlan::open).toList();
    }

    public double contacts() {
        return intervals.stream().mapToDouble(IntervalPlan::contacts).sum();
    }

    public int peakAgents() {
        return intervals.stream()
                .filter(IntervalPlan::open)
                .mapToInt(i -> i.requirement().agents())
                .max()
                .orElse(0);
    }

    /** Hours of agents' time to schedule across the week: a quarter hour per scheduled agent and interval. */
    public double scheduledHours() {
        return intervals.stream()
                        .filter(IntervalPlan::open)
                        .mapToInt(i -> i.requirement().scheduled())
                        .sum()
                / 4.0;
    }
}
