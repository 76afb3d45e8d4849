package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.DayCoverage;
import dev.kantor.scheduling.problem.Shift;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved schedule's day as the page draws it: a row per person on the roster with a bar per shift
 * (its breaks and lunch marked), on a scale from the day's opening to its closing, and the day's
 * coverage (required, on duty, on a break, per interval) for the chart, every short interval marked.
 */
final class ScheduleView {

    /** Width of the day view's drawing, in its own units. */
    static final int WIDTH = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScheduleView() {}

    /** A person's row on a day. */
    record Row(long employeeId, String name, List<Bar> shifts) {}

    /** A shift as drawn: where its bar starts and how wide it is, and its breaks. */
    record Bar(
            long shiftId,
            String shiftType,
            LocalTime start,
            LocalTime end,
            boolean pinned,
            double x,
            double width,
            List<Pause> breaks) {}

    /** A break as drawn; a lunch (30 minutes or more) is marked apart from short breaks. */
    record Pause(int position, String name, LocalTime start, LocalTime end, boolean lunch, double x, double width) {}

    /** The day: its rows, its coverage for the chart as JSON, and its short intervals. */
    record DayView(Day day, List<Row> rows, String chart, int shortIntervals, List<LocalTime> hours) {}

    /** The open days of the schedule (closed days between them left out). */
    static List<Day> openDays(SavedSchedule schedule) {
        return schedule.problem().days().stream()
                .filter(d -> !RequirementDays.isClosed(d))
                .toList();
    }

    static DayView of(SavedSchedule schedule, LocalDate date, Map<Long, String> names, Map<String, String> chartNames) {
        Day day = openDays(schedule).stream()
                .filter(d -> d.date().equals(date))
                .findFirst()
                .orElse(openDays(schedule).isEmpty() ? null : openDays(schedule).get(0));
        if (day == null) {
            return null;
        }
        int open = minutes(day.open());
        int span = minutes(day.close()) - open;
        Map<Long, List<Bar>> bars = new HashMap<>();
        for (PlannedShift planned : schedule.shifts()) {
            Shift s = planned.shift();
            if (!s.date().equals(day.date())) {
                continue;
            }
            List<Pause> pauses = new ArrayList<>();
            for (int b = 0; b < s.breaks().size(); b++) {
                Break taken = s.breaks().get(b);
                int length = minutes(taken.end()) - minutes(taken.start());
                pauses.add(new Pause(
                        b,
                        taken.id(),
                        taken.start(),
                        taken.end(),
                        length >= 30,
                        scale(minutes(taken.start()) - open, span),
                        scale(length, span)));
            }
            bars.computeIfAbsent(planned.employeeId(), k -> new ArrayList<>())
                    .add(new Bar(
                            planned.id(),
                            s.shiftType(),
                            s.start(),
                            s.end(),
                            planned.pinned(),
                            scale(minutes(s.start()) - open, span),
                            scale(minutes(s.end()) - minutes(s.start()), span),
                            pauses));
        }
        List<Row> rows = new ArrayList<>();
        for (Agent agent : schedule.problem().agents()) {
            long id = Long.parseLong(agent.id());
            rows.add(new Row(id, names.getOrDefault(id, "#" + id), bars.getOrDefault(id, List.of())));
        }
        rows.sort(Comparator.comparing((Row r) -> r.shifts().isEmpty())
                .thenComparing(r ->
                        r.shifts().isEmpty() ? LocalTime.MAX : r.shifts().get(0).start())
                .thenComparing(Row::name));
        CheckReport report =
                ScheduleChecker.checkShifts(schedule.problem().withPinnedShifts(List.of()), schedule.coreShifts());
        DayCoverage coverage = report.coverage().stream()
                .filter(c -> c.date().equals(day.date()))
                .findFirst()
                .orElseThrow();
        int shortIntervals = 0;
        ArrayNode labels = JSON.createArrayNode();
        ArrayNode shortFlags = JSON.createArrayNode();
        for (int i = 0; i < coverage.required().size(); i++) {
            labels.add(day.open()
                    .plusMinutes((long) i * schedule.problem().intervalMinutes())
                    .toString());
            boolean isShort = coverage.onDuty().get(i) < coverage.required().get(i);
            shortFlags.add(isShort);
            shortIntervals += isShort ? 1 : 0;
        }
        ObjectNode chart = JSON.createObjectNode();
        chart.set("labels", labels);
        chart.set("required", numbers(coverage.required()));
        chart.set("onDuty", numbers(coverage.onDuty()));
        chart.set("onBreak", numbers(coverage.onBreak()));
        chart.set("short", shortFlags);
        ObjectNode texts = chart.putObject("names");
        chartNames.forEach(texts::put);
        List<LocalTime> hours = new ArrayList<>();
        for (LocalTime h = day.open().withMinute(0).plusHours(day.open().getMinute() == 0 ? 0 : 1);
                !h.isAfter(day.close()) && h.isAfter(day.open().minusMinutes(1));
                h = h.plusHours(1)) {
            hours.add(h);
            if (h.getHour() == 23) {
                break;
            }
        }
        // written unescaped into a <script type="application/json">: no "<" may close it early
        String json = JSON.writeValueAsString(chart).replace("<", "\\u003c");
        return new DayView(day, rows, json, shortIntervals, hours);
    }

    /** Where an hour's tick goes on the day view. */
    static double tick(Day day, LocalTime at) {
        return scale(minutes(at) - minutes(day.open()), minutes(day.close()) - minutes(day.open()));
    }

    private static ArrayNode numbers(List<Integer> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static double scale(int minutes, int span) {
        return Math.round(10.0 * WIDTH * minutes / span) / 10.0;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
