package dev.kantor.staffing.queues;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.requirement.StaffingQuestion;

/**
 * What a queue must be: a name, a channel, opening hours on the quarter hour and a standard its
 * staffing can meet. Turns a manager's {@link QueueDetails} into a {@link WorkQueue}, or refuses
 * them naming every bad field.
 */
final class QueueRules {

    static final int MAX_NAME = 80;

    private QueueRules() {}

    /** Throws {@link dev.kantor.platform.InvalidInput} naming every bad field; stores nothing. */
    static void check(QueueDetails details) {
        toQueue(details, 0, 0);
    }

    /** Checks every field, then gives the queue the details describe. */
    static WorkQueue toQueue(QueueDetails details, long id, int version) {
        InputCheck check = new InputCheck()
                .required("name", details.name(), MAX_NAME)
                .required("channel", details.channel())
                .required("shrinkagePercent", details.shrinkagePercent());
        Map<DayOfWeek, OpeningHours> week = openingHours(details.hours(), check);
        StaffingQuestion.checkBasis(
                        check,
                        details.ahtSeconds(),
                        details.patienceSeconds(),
                        details.serviceLevelPercent(),
                        details.targetSeconds(),
                        details.maxAsaSeconds(),
                        details.maxOccupancyPercent(),
                        details.shrinkagePercent(),
                        details.maxAbandonPercent())
                .throwIfAny();
        return new WorkQueue(
                id,
                details.name().strip(),
                details.channel(),
                week,
                details.ahtSeconds(),
                details.serviceLevelPercent(),
                details.serviceLevelPercent() == null ? null : details.targetSeconds(),
                details.maxAsaSeconds(),
                details.maxOccupancyPercent(),
                details.shrinkagePercent(),
                details.patienceSeconds(),
                details.maxAbandonPercent(),
                version);
    }

    private static Map<DayOfWeek, OpeningHours> openingHours(List<DayHours> hours, InputCheck check) {
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
