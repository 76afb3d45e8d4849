package dev.kantor.reporting.mine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.floor.RecordedTime;
import dev.kantor.scheduling.PublishedShift;

/**
 * Hours worked against the contract, week by week (weeks start on Monday), as a timesheet would say them:
 *
 * <ul>
 *   <li><b>scheduled</b>: each published shift's length less its planned breaks, on the week of its work day
 *       (a night shift across midnight counts whole on the day it starts);
 *   <li><b>absent</b>: the part of that scheduled time the floor recorded the person absent;
 *   <li><b>extra</b>: time the floor recorded the person working beyond the schedule (a manager filling in, an
 *       accepted call-in), less what falls inside their own scheduled work (never counted twice) and less what
 *       they were marked absent; on the week of the day it starts;
 *   <li><b>worked</b> = scheduled − absent + extra;
 *   <li><b>contract</b>: the contract's weekly hours in proportion to the days of the week inside the period, so
 *       that a period starting mid-week is not held against a whole week; the difference is worked − contract.
 * </ul>
 *
 * Plain Java.
 */
public final class WeekHours {

    /** One week: its Monday and its hours, each to a tenth of an hour. */
    public record Week(
            LocalDate monday, double scheduled, double absent, double extra, double worked, double contract) {

        /** Worked less contract: negative when the week fell short of the contract. */
        public double difference() {
            return round(worked - contract);
        }
    }

    private WeekHours() {}

    /** Every week the period touches with the shifts' scheduled hours alone (nothing recorded by the floor). */
    public static List<Week> of(
            Collection<PublishedShift> shifts, double weeklyContractHours, LocalDate from, LocalDate to) {
        return of(shifts, List.of(), ZoneId.of("UTC"), weeklyContractHours, from, to);
    }

    /**
     * Every week the period touches, in order, from one person's published shifts whose work day may lie in the
     * period and what the floor recorded of their time around it.
     *
     * @param zone the business's zone, which says on which day recorded time beyond the schedule falls
     */
    public static List<Week> of(
            Collection<PublishedShift> shifts,
            Collection<RecordedTime.Stretch> recorded,
            ZoneId zone,
            double weeklyContractHours,
            LocalDate from,
            LocalDate to) {
        Map<LocalDate, Duration[]> sums = new TreeMap<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            sums.put(monday, new Duration[] {Duration.ZERO, Duration.ZERO, Duration.ZERO});
        }
        List<Spans.Span> absences = new ArrayList<>();
        List<Spans.Span> beyond = new ArrayList<>();
        for (RecordedTime.Stretch s : recorded) {
            (s.kind() == RecordedTime.Kind.ABSENT ? absences : beyond).add(new Spans.Span(s.from(), s.until()));
        }
        List<Spans.Span> allWork = new ArrayList<>();
        for (PublishedShift shift : shifts) {
            List<Spans.Span> work = work(shift);
            allWork.addAll(work);
            if (!shift.workDate().isBefore(from) && !shift.workDate().isAfter(to)) {
                Duration[] sum = sums.get(monday(shift.workDate()));
                sum[0] = sum[0].plus(Spans.length(work));
                sum[1] = sum[1].plus(Spans.length(Spans.overlap(work, absences)));
            }
        }
        List<Spans.Span> cut = new ArrayList<>(allWork);
        cut.addAll(absences);
        for (Spans.Span extra : Spans.minus(beyond, cut)) {
            LocalDate day = LocalDate.ofInstant(extra.from(), zone);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                Duration[] sum = sums.get(monday(day));
                sum[2] = sum[2].plus(extra.length());
            }
        }
        List<Week> weeks = new ArrayList<>();
        sums.forEach((monday, sum) -> {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            Duration worked = sum[0].minus(sum[1]).plus(sum[2]);
            weeks.add(new Week(
                    monday,
                    hours(sum[0]),
                    hours(sum[1]),
                    hours(sum[2]),
                    hours(worked),
                    round(weeklyContractHours * days / 7)));
        });
        return weeks;
    }

    /** A shift's hours of work: its length less its planned breaks. */
    public static double hours(PublishedShift shift) {
        return Spans.length(work(shift)).toMinutes() / 60.0;
    }

    /** A shift's time of work: from its start to its end, its planned breaks cut out. */
    private static List<Spans.Span> work(PublishedShift shift) {
        List<Spans.Span> breaks = shift.breaks().stream()
                .map(b -> new Spans.Span(b.startsAt(), b.endsAt()))
                .toList();
        return Spans.minus(List.of(new Spans.Span(shift.startsAt(), shift.endsAt())), breaks);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static double hours(Duration duration) {
        return round(duration.toMinutes() / 60.0);
    }

    /** To a tenth of an hour, as the dashboards show hours. */
    public static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
