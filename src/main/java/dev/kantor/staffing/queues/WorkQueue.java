package dev.kantor.staffing.queues;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.requirement.StaffingBasis;
import dev.kantor.staffing.requirement.StaffingQuestion;

/**
 * A work queue of the front office: a phone line, the front desk, chat or e-mail, with its
 * opening hours and the standard its staffing must meet. Percentages as people type them.
 *
 * @param serviceLevelPercent share of contacts to answer within {@code targetSeconds}; null when only the ASA counts
 * @param maxAsaSeconds       longest acceptable average speed of answer; null for none
 * @param maxOccupancyPercent highest acceptable occupancy; null for none
 * @param patienceSeconds     customers' mean patience; null when they never give up
 * @param maxAbandonPercent   highest acceptable share of contacts giving up; null for none
 */
public record WorkQueue(
        long id,
        String name,
        QueueChannel channel,
        Map<DayOfWeek, OpeningHours> hours,
        double ahtSeconds,
        Double serviceLevelPercent,
        Double targetSeconds,
        Double maxAsaSeconds,
        Double maxOccupancyPercent,
        double shrinkagePercent,
        Double patienceSeconds,
        Double maxAbandonPercent,
        int version) {

    public WorkQueue {
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    /** What decides each interval's staffing. */
    public StaffingBasis basis() {
        return StaffingQuestion.toBasis(
                ahtSeconds,
                patienceSeconds,
                serviceLevelPercent,
                targetSeconds,
                maxAsaSeconds,
                maxOccupancyPercent,
                shrinkagePercent,
                maxAbandonPercent);
    }

    /** Whether the queue takes contacts in the 15-minute interval starting at {@code start} on {@code day}. */
    public boolean isOpen(DayOfWeek day, LocalTime start) {
        OpeningHours h = hours.get(day);
        if (h == null) {
            return false;
        }
        int second = start.toSecondOfDay();
        int closes =
                h.closes().equals(LocalTime.MIDNIGHT) ? 24 * 3600 : h.closes().toSecondOfDay();
        return second >= h.opens().toSecondOfDay() && second < closes;
    }

    /**
     * Whether this queue is staffed as {@code other} is: the same opening hours and service
     * standard, everything its requirement is computed from besides the forecast.
     */
    boolean staffedAlike(WorkQueue other) {
        return hours.equals(other.hours)
                && ahtSeconds == other.ahtSeconds
                && Objects.equals(serviceLevelPercent, other.serviceLevelPercent)
                && Objects.equals(targetSeconds, other.targetSeconds)
                && Objects.equals(maxAsaSeconds, other.maxAsaSeconds)
                && Objects.equals(maxOccupancyPercent, other.maxOccupancyPercent)
                && shrinkagePercent == other.shrinkagePercent
                && Objects.equals(patienceSeconds, other.patienceSeconds)
                && Objects.equals(maxAbandonPercent, other.maxAbandonPercent);
    }

    public OpeningHours hoursOn(DayOfWeek day) {
        return hours.get(day);
    }

    /** The fields as the audit trail records them. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("channel", channel.name());
        for (DayOfWeek day : DayOfWeek.values()) {
            OpeningHours h = hours.get(day);
            fields.put("hours." + day, h == null ? null : h.opens() + "–" + h.closes());
        }
        fields.put("ahtSeconds", number(ahtSeconds));
        fields.put("serviceLevelPercent", number(serviceLevelPercent));
        fields.put("targetSeconds", number(targetSeconds));
        fields.put("maxAsaSeconds", number(maxAsaSeconds));
        fields.put("maxOccupancyPercent", number(maxOccupancyPercent));
        fields.put("shrinkagePercent", number(shrinkagePercent));
        fields.put("patienceSeconds", number(patienceSeconds));
        fields.put("maxAbandonPercent", number(maxAbandonPercent));
        return fields;
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
