package dev.kantor.reporting.mine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.scheduling.PublishedShift;

/**
 * Hours scheduled against the contract, week by week (weeks start on Monday): a published shift counts its
 * length less its planned breaks, on the week of its work day; the contract's weekly hours count in proportion
 * to the days of the week inside the period, so that a period starting mid-week is not held against a whole
 * week. Plain Java.
 */
public final class WeekHours {

    /** One week: its Monday, the hours scheduled in it and the contract's hours for its days in the period. */
    public record Week(LocalDate monday, double scheduled, double contract) {

        public double difference() {
            return scheduled - contract;
        }
    }

    private WeekHours() {}

    /** Every week the period touches, in order, with the shifts whose work day lies in the period. */
    public static List<Week> of(
            Collection<PublishedShift> shifts, double weeklyContractHours, LocalDate from, LocalDate to) {
        Map<LocalDate, Double> scheduled = new TreeMap<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            scheduled.put(monday, 0.0);
        }
        for (PublishedShift shift : shifts) {
            if (!shift.workDate().isBefore(from) && !shift.workDate().isAfter(to)) {
                scheduled.merge(monday(shift.workDate()), hours(shift), Double::sum);
            }
        }
        List<Week> weeks = new ArrayList<>();
        scheduled.forEach((monday, hours) -> {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            weeks.add(new Week(monday, round(hours), round(weeklyContractHours * days / 7)));
        });
        return weeks;
    }

    /** A shift's hours of work: its length less its planned breaks. */
    public static double hours(PublishedShift shift) {
        Duration worked = Duration.between(shift.startsAt(), shift.endsAt());
        for (PublishedShift.PublishedBreak b : shift.breaks()) {
            worked = worked.minus(Duration.between(b.startsAt(), b.endsAt()));
        }
        return worked.toMinutes() / 60.0;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** To a tenth of an hour, as the dashboards show hours. */
    public static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
