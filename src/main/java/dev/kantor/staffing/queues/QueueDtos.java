package dev.kantor.staffing.queues;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the work queue API reads and writes. */
final class QueueDtos {

    private QueueDtos() {}

    @Schema(
            description = "A weekday's opening hours on the quarter hour; closes 00:00 means midnight. A weekday "
                    + "left out is closed.")
    record HoursDto(
            @Schema(example = "MONDAY") DayOfWeek day,
            @Schema(example = "08:00") String opens,
            @Schema(example = "17:00") String closes) {}

    @Schema(
            description = "A work queue and the standard its staffing must meet. Durations in seconds, shares in "
                    + "percent. Give serviceLevelPercent with targetSeconds, or maxAsaSeconds, or both.")
    record QueueRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Phone line") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PHONE") QueueChannel channel,
            List<HoursDto> hours,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "180") Double ahtSeconds,
            @Schema(example = "80") Double serviceLevelPercent,
            @Schema(example = "20") Double targetSeconds,
            Double maxAsaSeconds,
            @Schema(example = "85") Double maxOccupancyPercent,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "30") Double shrinkagePercent,
            @Schema(description = "Customers' mean patience; leave out when nobody gives up", example = "120")
                    Double patienceSeconds,
            @Schema(
                            description = "Highest acceptable share of contacts giving up before being answered, in "
                                    + "percent, above 0 and below 100; only with patienceSeconds",
                            example = "5")
                    Double maxAbandonPercent,
            @Schema(description = "The version a change is based on (required to change a queue)") Integer version) {

        QueueDetails details() {
            List<DayHours> days = hours == null
                    ? List.of()
                    : hours.stream()
                            .map(h -> h == null ? null : new DayHours(h.day(), h.opens(), h.closes()))
                            .toList();
            return new QueueDetails(
                    name,
                    channel,
                    days,
                    ahtSeconds,
                    serviceLevelPercent,
                    targetSeconds,
                    maxAsaSeconds,
                    maxOccupancyPercent,
                    shrinkagePercent,
                    patienceSeconds,
                    maxAbandonPercent);
        }
    }

    record QueueResponse(
            long id,
            String name,
            QueueChannel channel,
            List<HoursDto> hours,
            double ahtSeconds,
            Double serviceLevelPercent,
            Double targetSeconds,
            Double maxAsaSeconds,
            Double maxOccupancyPercent,
            double shrinkagePercent,
            Double patienceSeconds,
            Double maxAbandonPercent,
            int version) {

        static QueueResponse of(WorkQueue q) {
            List<HoursDto> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                OpeningHours h = q.hoursOn(day);
                if (h != null) {
                    hours.add(new HoursDto(day, h.opens().toString(), h.closes().toString()));
                }
            }
            return new QueueResponse(
                    q.id(),
                    q.name(),
                    q.channel(),
                    hours,
                    q.ahtSeconds(),
                    q.serviceLevelPercent(),
                    q.targetSeconds(),
                    q.maxAsaSeconds(),
                    q.maxOccupancyPercent(),
                    q.shrinkagePercent(),
                    q.patienceSeconds(),
                    q.maxAbandonPercent(),
                    q.version());
        }
    }
}
