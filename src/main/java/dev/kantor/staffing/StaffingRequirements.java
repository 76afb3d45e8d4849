package dev.kantor.staffing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.forecast.Forecasts;
import dev.kantor.staffing.forecast.IntervalPlan;
import dev.kantor.staffing.forecast.WeekPlan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a queue's week asks of its staff: the one query scheduling reads. For a queue and a week it
 * gives each day's opening hours and, per 15-minute interval, the agents to schedule and the agents
 * needed on the floor, from the queue's forecast (learned from its contact history, with managers'
 * adjustments) and its service target, the same figures the forecast page shows. Everyone signed
 * in may read it.
 *
 * <p>The requirement is computed on each call; {@link QueueChanged} and {@link ForecastAdjusted}
 * say when a requirement read before may have changed.
 */
@Service
@Transactional(readOnly = true)
public class StaffingRequirements {

    private final Forecasts forecasts;

    StaffingRequirements(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    /**
     * The requirement of the queue's week from {@code monday}, learnt from the history before that
     * week (before today, for this week).
     *
     * @return empty while the queue has less than a week of history to forecast from
     * @throws dev.kantor.platform.InvalidInput   naming {@code monday} when it is missing, not a Monday, or
     *                                            outside the years Kantor keeps
     * @throws dev.kantor.platform.KantorException not found when there is no such queue
     */
    public Optional<WeekRequirement> week(long queueId, LocalDate monday) {
        InputCheck check = new InputCheck().required("monday", monday).date("monday", monday);
        if (!check.hasProblems()) {
            check.that(monday.getDayOfWeek() == DayOfWeek.MONDAY, "monday", "staffing.validation.monday");
        }
        check.throwIfAny();
        WeekPlan plan = forecasts.week(queueId, monday);
        if (!plan.forecast()) {
            return Optional.empty();
        }
        List<DayRequirement> days = new ArrayList<>(7);
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            days.add(day(date, plan.queue().hoursOn(date.getDayOfWeek()), plan));
        }
        return Optional.of(new WeekRequirement(queueId, monday, days));
    }

    private static DayRequirement day(LocalDate date, OpeningHours hours, WeekPlan plan) {
        if (hours == null) {
            return DayRequirement.closed(date);
        }
        LocalTime open = hours.opens();
        LocalTime close = hours.closes();
        List<Integer> scheduled = new ArrayList<>();
        List<Integer> onFloor = new ArrayList<>();
        for (IntervalPlan interval : plan.intervals()) {
            if (interval.date().equals(date) && interval.open()) {
                scheduled.add(interval.requirement().scheduled());
                onFloor.add(interval.requirement().agents());
            }
        }
        return new DayRequirement(date, open, close, scheduled, onFloor);
    }
}
