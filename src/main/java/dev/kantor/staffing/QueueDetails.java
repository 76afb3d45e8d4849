package dev.kantor.staffing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.requirement.StaffingQuestion;

/**
 * A work queue as a manager describes it, before it is checked. Problems are reported under
 * these field names; a weekday's hours under {@code hours.MONDAY} and so on.
 */
public record QueueDetails(String name, QueueChannel channel, List<DayHours> hours, Double ahtSeconds,
        Double serviceLevelPercent, Double targetSeconds, Double maxAsaSeconds, Double maxOccupancyPercent,
        Double shrinkagePercent, Double patienceSeconds, Double maxAbandonPercent) {

    static final int MAX_NAME = 80;

    /** Throws {@link dev.kantor.platform.InvalidInput} naming every bad field; stores nothing. */
    public void check() {
        toQueue(0, 0);
    }

    /** Checks every field, then gives the queue it describes. */
    WorkQueue toQueue(long id, int version) {
        InputCheck check = new InputCheck().required("name", name, MAX_NAME).required("channel", channel)
                .required("shrinkagePercent", shrinkagePercent);
        Map<DayOfWeek, OpeningHours> week = openingHours(check);
        StaffingQuestion.checkBasis(check, ahtSeconds, patienceSeconds, serviceLevelPercent, targetSeconds,
                maxAsaSeconds, maxOccupancyPercent, shrinkagePercent, maxAbandonPercent).throwIfAny();
        return new WorkQueue(id, name.strip(), channel, week, ahtSeconds, serviceLevelPercent,
                serviceLevelPercent == null ? null : targetSeconds, maxAsaSeconds, maxOccupancyPercent,
                shrinkagePercent, patienceSeconds, maxAbandonPercent, version);
    }

    private Map<DayOfWeek, OpeningHours> openingHours(InputCheck check) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayHours day : hours == null ? List.<DayHours>of() : hours) {
            if (day == null || day.day() == null) {
                check.add("hours", "staffing.validation.hours");
                continue;
            }
            boolean noOpening = day.opens() == null || day.opens().isBlank();
            boolean noClosing = day.closes() == null || day.closes().isBlank();
            if (noOpening && noClosing) {
                continue;
            }
            try {
                LocalTime opens = LocalTime.parse(day.opens().strip());
                LocalTime closes = LocalTime.parse(day.closes().strip());
                // staffing is planned per quarter hour, so the queue opens and closes on one
                if (!onQuarterHour(opens) || !onQuarterHour(closes)) {
                    throw new IllegalArgumentException();
                }
                if (week.put(day.day(), new OpeningHours(opens, closes)) != null) {
                    check.add("hours." + day.day(), "staffing.validation.hours");
                }
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                check.add("hours." + day.day(), "staffing.validation.hours");
            }
        }
        return week;
    }

    private static boolean onQuarterHour(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % 15 == 0;
    }
}
