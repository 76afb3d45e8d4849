package dev.kantor.staffing.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.requirement.Performance;
import dev.kantor.staffing.requirement.Rounding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A queue's forecast and staffing through the REST API; managers and admins adjust it. */
@RestController
@Tag(name = "Staffing")
class ForecastRestController {

    private final Forecasts forecasts;
    private final Adjustments adjustments;
    private final BusinessCalendars calendars;

    ForecastRestController(Forecasts forecasts, Adjustments adjustments, BusinessCalendars calendars) {
        this.forecasts = forecasts;
        this.adjustments = adjustments;
        this.calendars = calendars;
    }

    record IntervalResponse(
            Instant start,
            LocalDate date,
            @Schema(example = "08:15") String time,
            double contacts,
            double ahtSeconds,
            int agents,
            int scheduled,
            Double serviceLevelPercent,
            double asaSeconds,
            double occupancyPercent,
            double probabilityOfWaitingPercent,
            Double abandonmentPercent) {

        static IntervalResponse of(IntervalPlan i, ZoneId zone, boolean abandons) {
            Performance p = i.requirement().performance();
            return new IntervalResponse(
                    i.date().atTime(i.start()).atZone(zone).toInstant(),
                    i.date(),
                    i.start().toString(),
                    Rounding.fourDecimals(i.contacts()),
                    Rounding.fourDecimals(i.ahtSeconds()),
                    i.requirement().agents(),
                    i.requirement().scheduled(),
                    p.serviceLevel() == null ? null : Rounding.percent(p.serviceLevel()),
                    Rounding.fourDecimals(p.averageSpeedOfAnswer()),
                    Rounding.percent(p.occupancy()),
                    Rounding.percent(p.probabilityOfWaiting()),
                    abandons ? Rounding.percent(p.probabilityOfAbandoning()) : null);
        }
    }

    @Schema(
            description = "A week's forecast and staffing. Intervals are the queue's open 15-minute intervals; "
                    + "weightedMapePercent is the forecast's error on the last week of history, held out (absent without "
                    + "two weeks of history); intervals is empty without a week of history.")
    record WeekResponse(
            long queueId,
            String queue,
            LocalDate monday,
            Double weightedMapePercent,
            int learnedDays,
            double contacts,
            int peakAgents,
            double scheduledHours,
            List<LocalDate> holidays,
            @Schema(description = "The week's adjustments as they are now: send it back with the next adjustment")
                    String adjustmentsVersion,
            List<IntervalResponse> intervals) {}

    @Schema(
            description =
                    "A change to the forecast in percent (−100 to 1000) for a day or, with time, one "
                            + "quarter hour of it; no percent removes it. version is the week's adjustmentsVersion as last read.")
    record AdjustmentRequest(
            @Schema(example = "2026-03-09") LocalDate date,
            @Schema(example = "10:15") LocalTime time,
            @Schema(example = "15") Double percent,
            String version) {}

    @GetMapping("/api/staffing/queues/{id}/forecast")
    @Operation(
            summary = "A queue's forecast and staffing for a week",
            description = "The week containing "
                    + "'week' (ISO date; next week by default), Monday to Sunday, in the business's time zone. Per open "
                    + "15-minute interval: contacts expected, handling time, agents on the floor (Erlang C, or Erlang A "
                    + "when the queue has a patience) and to schedule, and what they achieve.")
    WeekResponse week(@PathVariable long id, @RequestParam(required = false) LocalDate week) {
        WeekPlan plan = forecasts.week(id, week == null ? forecasts.nextWeek() : week);
        ZoneId zone = calendars.zone();
        boolean abandons = plan.queue().patienceSeconds() != null;
        return new WeekResponse(
                plan.queue().id(),
                plan.queue().name(),
                plan.monday(),
                plan.weightedMape() == null ? null : Rounding.percent(plan.weightedMape()),
                plan.learnedDays(),
                Rounding.fourDecimals(plan.contacts()),
                plan.peakAgents(),
                plan.scheduledHours(),
                plan.holidays(),
                plan.adjustments().version(),
                plan.openIntervals().stream()
                        .map(i -> IntervalResponse.of(i, zone, abandons))
                        .toList());
    }

    @PutMapping("/api/staffing/queues/{id}/adjustments")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(
            summary = "Adjust a queue's forecast (managers, admins)",
            description = "200 with the week "
                    + "adjusted; 400 naming bad fields (time must be on a quarter hour; version is required); 409 when the "
                    + "week's adjustments changed since the version given was read.")
    WeekResponse adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
        Integer slot = null;
        if (request.time() != null) {
            new InputCheck()
                    .that(
                            request.time().getMinute() % 15 == 0
                                    && request.time().getSecond() == 0,
                            "time",
                            "staffing.validation.slot")
                    .throwIfAny();
            slot = (request.time().getHour() * 60 + request.time().getMinute()) / 15;
        }
        adjustments.adjust(id, request.date(), slot, request.percent(), request.version());
        return week(id, request.date());
    }
}
