package dev.kantor.scheduling.schedules;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.scheduling.check.ProblemValidator;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.WeekRequirement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A week's requirement as the days of a scheduling problem: from staffing's requirement, or from CSV
 * a manager typed or imported. The problem's days are consecutive, so a day the queue is closed
 * between two open ones becomes a quarter of an hour at midnight that needs nobody, which no shift
 * fits in ({@link #isClosed}).
 */
final class RequirementDays {

    static final int STEP = DayRequirement.INTERVAL_MINUTES;
    private static final LocalTime LAST_INTERVAL = LocalTime.of(23, 45);
    private static final int MOST_LINES = 7 * 96;

    private RequirementDays() {}

    /** Whether a day of a problem stands for a day the queue is closed. */
    static boolean isClosed(Day day) {
        return day.open().equals(LocalTime.MIDNIGHT)
                && day.close().equals(LocalTime.of(0, STEP))
                && day.required().equals(List.of(0));
    }

    /**
     * The days staffing asks for: the agents to schedule per interval, or those needed on the floor.
     * A queue that closes at midnight is scheduled up to a quarter to, since no shift crosses midnight.
     *
     * @return empty when the queue is closed all week
     */
    static List<Day> fromStaffing(WeekRequirement week, boolean onFloor) {
        Map<LocalDate, Day> open = new TreeMap<>();
        for (DayRequirement day : week.days()) {
            if (!day.isOpen()) {
                continue;
            }
            List<Integer> counts = new ArrayList<>(onFloor ? day.onFloor() : day.scheduled());
            LocalTime close = day.close();
            if (close.equals(LocalTime.MIDNIGHT)) {
                close = LAST_INTERVAL;
                counts.remove(counts.size() - 1);
            }
            if (!counts.isEmpty()) {
                open.put(day.date(), new Day(day.date(), day.open(), close, counts));
            }
        }
        return consecutive(open);
    }

    /**
     * Reads a requirement typed or imported as CSV: one line per stretch of a day, {@code
     * date,from,to,agents} (for instance {@code 2026-03-02,08:00,12:00,3}), an optional header line
     * first. No shift crosses midnight: a day ends by 23:45 at the latest. A day opens at its first stretch and closes at its last; intervals between stretches need
     * nobody.
     *
     * @throws InvalidInput naming {@code field}, with the line of every fault
     */
    static List<Day> fromCsv(String text, LocalDate monday, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<LocalDate, int[]> perDay = new TreeMap<>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text == null ? "" : text))
                    .getRecords();
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of(field, "scheduling.requirement.unreadable");
        }
        if (records.size() > MOST_LINES + 1) {
            throw InvalidInput.of(field, "scheduling.requirement.too-many-lines", MOST_LINES);
        }
        for (CSVRecord record : records) {
            long line = record.getRecordNumber();
            if (line == 1 && record.size() > 0 && record.get(0).equalsIgnoreCase("date")) {
                continue;
            }
            if (record.size() != 4) {
                problems.add(new FieldProblem(field, "scheduling.requirement.bad-line", line));
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(record.get(0));
                LocalTime from = LocalTime.parse(record.get(1));
                LocalTime to = LocalTime.parse(record.get(2));
                int agents = Integer.parseInt(record.get(3));
                int start = minutes(from);
                int end = minutes(to);
                if (date.isBefore(monday) || date.isAfter(monday.plusDays(6))) {
                    problems.add(new FieldProblem(field, "scheduling.requirement.outside-week", line, monday));
                } else if (start % STEP != 0 || end % STEP != 0 || end <= start) {
                    problems.add(new FieldProblem(field, "scheduling.requirement.bad-times", line));
                } else if (agents < 0 || agents > ProblemValidator.MAX_REQUIRED) {
                    problems.add(new FieldProblem(
                            field, "scheduling.requirement.bad-agents", line, ProblemValidator.MAX_REQUIRED));
                } else {
                    int[] slots = perDay.computeIfAbsent(date, d -> filled(-1));
                    boolean overlaps = false;
                    for (int s = start / STEP; s < end / STEP; s++) {
                        overlaps |= slots[s] >= 0;
                        slots[s] = agents;
                    }
                    if (overlaps) {
                        problems.add(new FieldProblem(field, "scheduling.requirement.overlap", line));
                    }
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                problems.add(new FieldProblem(field, "scheduling.requirement.bad-line", line));
            }
        }
        if (problems.isEmpty() && perDay.isEmpty()) {
            problems.add(new FieldProblem(field, "scheduling.requirement.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().limit(20).toList());
        }
        Map<LocalDate, Day> days = new TreeMap<>();
        perDay.forEach((date, slots) -> {
            int first = 0;
            while (slots[first] < 0) {
                first++;
            }
            int last = slots.length - 1;
            while (slots[last] < 0) {
                last--;
            }
            List<Integer> required = new ArrayList<>();
            for (int s = first; s <= last; s++) {
                required.add(Math.max(0, slots[s]));
            }
            days.put(
                    date,
                    new Day(
                            date,
                            LocalTime.MIDNIGHT.plusMinutes((long) first * STEP),
                            LocalTime.MIDNIGHT.plusMinutes((long) (last + 1) * STEP),
                            required));
        });
        return consecutive(days);
    }

    /** The days from the first open one to the last, a closed one between them standing in as {@link #isClosed}. */
    private static List<Day> consecutive(Map<LocalDate, Day> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<Day> days = new ArrayList<>();
        LocalDate first = open.keySet().iterator().next();
        LocalDate last = ((TreeMap<LocalDate, Day>) open).lastKey();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Day day = open.get(date);
            days.add(day != null ? day : new Day(date, LocalTime.MIDNIGHT, LocalTime.of(0, STEP), List.of(0)));
        }
        return days;
    }

    private static int[] filled(int value) {
        // the last interval of a day starts at 23:45: a day has 96
        int[] slots = new int[96];
        java.util.Arrays.fill(slots, value);
        return slots;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The requirement as CSV in the form {@link #fromCsv} reads, one line per interval that needs anyone. */
    static String toCsv(List<Day> days) {
        StringBuilder csv = new StringBuilder("date,from,to,agents\n");
        for (Day day : days) {
            if (isClosed(day)) {
                continue;
            }
            for (int i = 0; i < day.required().size(); i++) {
                LocalTime from = day.open().plusMinutes((long) i * STEP);
                csv.append(day.date())
                        .append(',')
                        .append(from)
                        .append(',')
                        .append(from.plusMinutes(STEP))
                        .append(',')
                        .append(day.required().get(i))
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
