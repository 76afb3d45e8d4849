package dev.kantor.floor.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.breaks.BreakAdherence;
import dev.kantor.floor.breaks.BreakAdherence.AgentAdherence;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChange.ExtraTime;
import dev.kantor.floor.coverage.DayChanges;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor's three reports for managers, over a period of business days: minutes each manager filled
 * in on each queue per week (from every {@link DayChanges} source, whoever records fill-ins), break
 * adherence per agent, and short intervals per queue and day, planned against as the day went.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorReports {

    /** The longest period a report covers: the short intervals count every queue's every day. */
    static final int MOST_DAYS = 31;

    private final WorkQueues queues;
    private final List<DayChanges> sources;
    private final QueueDays days;
    private final BreakAdherence adherence;
    private final People people;
    private final BusinessCalendars calendars;

    FloorReports(
            WorkQueues queues,
            List<DayChanges> sources,
            QueueDays days,
            BreakAdherence adherence,
            People people,
            BusinessCalendars calendars) {
        this.queues = queues;
        this.sources = sources;
        this.days = days;
        this.adherence = adherence;
        this.people = people;
        this.calendars = calendars;
    }

    /** Refuses a period that ends before it starts or is longer than {@link #MOST_DAYS}, naming the field. */
    static void check(LocalDate from, LocalDate to) {
        new InputCheck()
                .required("from", from)
                .required("to", to)
                .date("from", from)
                .date("to", to)
                .throwIfAny();
        new InputCheck()
                .that(!to.isBefore(from), "to", "floor.reports.to-before-from")
                .that(ChronoUnit.DAYS.between(from, to) < MOST_DAYS, "to", "floor.reports.too-long", MOST_DAYS)
                .throwIfAny();
    }

    /** Minutes filled in per week, manager and queue; by week, then manager's name. */
    List<FillInLine> fillIns(LocalDate from, LocalDate to) {
        check(from, to);
        ZoneId zone = calendars.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Key, Long> minutes = new TreeMap<>();
        List<QueueSummary> all = queues.all();
        for (QueueSummary queue : all) {
            for (DayChanges source : sources) {
                for (DayChange change : source.on(queue.id(), start, end)) {
                    if (change instanceof ExtraTime extra && extra.kind() == ExtraTime.Kind.FILL_IN) {
                        Instant a = extra.from().isBefore(start) ? start : extra.from();
                        Instant b = extra.until().isAfter(end) ? end : extra.until();
                        if (b.isAfter(a)) {
                            LocalDate monday = LocalDate.ofInstant(a, zone)
                                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            minutes.merge(
                                    new Key(monday, extra.employeeId(), queue.id()),
                                    Duration.between(a, b).toMinutes(),
                                    Long::sum);
                        }
                    }
                }
            }
        }
        List<FillInLine> lines = new ArrayList<>();
        minutes.forEach((key, total) -> lines.add(new FillInLine(
                key.monday(),
                key.employeeId(),
                people.nameOf(key.employeeId()).orElse("#" + key.employeeId()),
                key.queueId(),
                queueName(all, key.queueId()),
                total)));
        lines.sort(Comparator.comparing(FillInLine::monday).thenComparing(FillInLine::manager));
        return lines;
    }

    /** Each agent's break adherence, by name. */
    List<AdherenceLine> adherence(LocalDate from, LocalDate to) {
        check(from, to);
        return adherence.perAgent(from, to).stream()
                .map(line -> new AdherenceLine(people.nameOf(line.employeeId()).orElse("#" + line.employeeId()), line))
                .sorted(Comparator.comparing(AdherenceLine::agent))
                .toList();
    }

    /** Each queue's short intervals per day, planned and as the day went; by day, then queue. */
    List<ShortLine> shortIntervals(LocalDate from, LocalDate to) {
        check(from, to);
        List<ShortLine> lines = new ArrayList<>();
        List<QueueSummary> all = queues.all();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (QueueSummary queue : all) {
                QueueDay day = days.on(queue.id(), date);
                if (day.intervals().isEmpty()) {
                    continue;
                }
                int planned = 0;
                int actual = 0;
                for (IntervalCoverage interval : day.intervals()) {
                    planned += interval.planned() < interval.required() ? 1 : 0;
                    actual += interval.isShort() ? 1 : 0;
                }
                lines.add(new ShortLine(
                        date, queue.id(), queue.name(), day.intervals().size(), planned, actual));
            }
        }
        return lines;
    }

    private static String queueName(List<QueueSummary> all, long id) {
        return all.stream()
                .filter(q -> q.id() == id)
                .map(QueueSummary::name)
                .findFirst()
                .orElse("#" + id);
    }

    private record Key(LocalDate monday, long employeeId, long queueId) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Comparator.comparing(Key::monday)
                    .thenComparingLong(Key::employeeId)
                    .thenComparingLong(Key::queueId)
                    .compare(this, other);
        }
    }

    /** Minutes one manager filled in on one queue in the week from {@code monday}. */
    record FillInLine(LocalDate monday, long managerId, String manager, long queueId, String queue, long minutes) {}

    /** One agent's adherence with their name. */
    record AdherenceLine(String agent, AgentAdherence figures) {}

    /**
     * One queue's day: its open intervals, and how many were short as planned and as the day went.
     *
     * @param actualShort intervals short once the day's changes are counted (breaks as taken, absences,
     *                    fill-ins, call-ins)
     */
    record ShortLine(LocalDate date, long queueId, String queue, int intervals, int plannedShort, int actualShort) {}
}
