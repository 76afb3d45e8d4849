package dev.kantor.scheduling.mine;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.stereotype.Component;

/** One person's published weeks, day by day, as "My schedule" and its API show them. */
@Component
class MyWeeks {

    /** How many weeks "My schedule" shows at once, and how far ahead one may look. */
    static final int SHOWN = 4;

    static final int FURTHEST_AHEAD = 52;

    private final PublishedShifts published;
    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final Clock clock;

    MyWeeks(PublishedShifts published, WorkQueues queues, BusinessCalendars calendars, Clock clock) {
        this.published = published;
        this.queues = queues;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A week of someone's shifts, Monday to Sunday. */
    record Week(LocalDate monday, List<Day> days) {

        public boolean empty() {
            return days.stream().allMatch(d -> d.shifts().isEmpty());
        }
    }

    /** A day of someone's week, with their shifts, in order. */
    record Day(LocalDate date, boolean today, List<MyShift> shifts) {}

    /** A shift as its person reads it: times of day in the business's time zone. */
    record MyShift(
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end,
            String shiftType,
            long queueId,
            String queue,
            int publishedVersion,
            List<MyBreak> breaks) {}

    record MyBreak(
            String name,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end) {}

    LocalDate thisMonday() {
        return today().with(DayOfWeek.MONDAY);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.zone()));
    }

    /** {@code count} weeks of the person's shifts from the week of {@code monday}. */
    List<Week> of(long employeeId, LocalDate monday, int count) {
        ZoneId zone = calendars.zone();
        LocalDate first = monday.with(DayOfWeek.MONDAY);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusWeeks(count).atStartOfDay(zone).toInstant();
        Map<Long, String> names = new HashMap<>();
        for (QueueSummary queue : queues.all()) {
            names.put(queue.id(), queue.name());
        }
        Map<LocalDate, List<MyShift>> byDay = new HashMap<>();
        for (PublishedShift shift : published.of(employeeId, from, to)) {
            List<MyBreak> breaks = shift.breaks().stream()
                    .map(b -> new MyBreak(
                            b.name(),
                            b.startsAt().atZone(zone).toLocalTime(),
                            b.endsAt().atZone(zone).toLocalTime()))
                    .toList();
            byDay.computeIfAbsent(shift.day(), d -> new ArrayList<>())
                    .add(new MyShift(
                            shift.day(),
                            shift.start(),
                            shift.end(),
                            shift.shiftType(),
                            shift.queueId(),
                            names.getOrDefault(shift.queueId(), "#" + shift.queueId()),
                            shift.publishedVersion(),
                            breaks));
        }
        LocalDate today = today();
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            LocalDate start = first.plusWeeks(w);
            List<Day> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(d);
                days.add(new Day(date, date.equals(today), byDay.getOrDefault(date, List.of())));
            }
            weeks.add(new Week(start, days));
        }
        return weeks;
    }
}
