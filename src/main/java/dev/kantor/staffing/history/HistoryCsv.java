package dev.kantor.staffing.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.csv.CsvImport;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;
import dev.kantor.staffing.requirement.StaffingQuestion;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a contact history file and checks every line of it, storing nothing.
 *
 * <p>Columns: {@code interval_start} (local time in the business's time zone, on the quarter hour,
 * e.g. {@code 2026-03-02 08:15}; an offset such as {@code +07:00} may follow), {@code queue} (its
 * name), {@code contacts} (offered, a whole number) and {@code aht_seconds} (average handling time,
 * optional). Every bad line is reported, so that the import can be all or nothing.
 */
@Component
class HistoryCsv {

    static final List<String> COLUMNS = List.of("interval_start", "queue", "contacts", "aht_seconds");
    static final int MAX_ROWS = 100_000;
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** One line of the file, read and checked. */
    record Row(long line, long queueId, IntervalVolume volume) {}

    /** The lines read and checked, or, when any is bad, every problem by line. */
    record Reading(List<Row> rows, List<HistoryProblem> problems) {

        boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final StoredQueues queues;
    private final BusinessCalendars calendars;

    HistoryCsv(StoredQueues queues, BusinessCalendars calendars) {
        this.queues = queues;
        this.calendars = calendars;
    }

    Reading read(Reader csv) {
        List<HistoryProblem> problems = new ArrayList<>();
        List<Row> rows = read(csv, problems);
        problems.sort(Comparator.comparingLong(HistoryProblem::line));
        return new Reading(problems.isEmpty() ? rows : List.of(), problems);
    }

    private List<Row> read(Reader csv, List<HistoryProblem> problems) {
        List<Row> rows = new ArrayList<>();
        String text;
        try {
            text = new BufferedReader(csv).lines().collect(Collectors.joining("\n"));
        } catch (UncheckedIOException e) {
            problems.add(new HistoryProblem(1, null, "staffing.history.unreadable", List.of()));
            return rows;
        }
        // Excel writes a byte-order mark before "CSV UTF-8" files, and semicolons where the comma is a decimal sign
        text = CsvImport.withoutByteOrderMark(text);
        CSVFormat format =
                CsvImport.headedFormat(text).setIgnoreHeaderCase(true).get();
        ZoneId zone = calendars.zone();
        Map<String, Optional<WorkQueue>> queuesByName = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            List<String> missing =
                    COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new HistoryProblem(
                        1, null, "staffing.history.missing-columns", List.of(String.join(", ", missing))));
                return rows;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new HistoryProblem(line, null, "staffing.history.too-many-rows", List.of(MAX_ROWS)));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new HistoryProblem(
                            line,
                            null,
                            "staffing.history.wrong-column-count",
                            List.of(record.size(), parser.getHeaderNames().size())));
                    continue;
                }
                int unstorable = InputCheck.firstUnstorable(record);
                if (unstorable >= 0) {
                    problems.add(new HistoryProblem(
                            line, parser.getHeaderNames().get(unstorable), "validation.unstorable", List.of()));
                    continue;
                }
                readRow(record, line, zone, queuesByName, seen, problems).ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new HistoryProblem(1, null, "staffing.history.unreadable", List.of()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new HistoryProblem(1, null, "staffing.history.empty", List.of()));
        }
        return rows;
    }

    private Optional<Row> readRow(
            CSVRecord record,
            long line,
            ZoneId zone,
            Map<String, Optional<WorkQueue>> queuesByName,
            Map<String, Long> seen,
            List<HistoryProblem> problems) {
        int before = problems.size();
        String startText = value(record, "interval_start");
        Instant start = null;
        if (startText == null) {
            problems.add(new HistoryProblem(line, "interval_start", "validation.required", List.of()));
        } else {
            start = parseStart(startText, zone);
            if (start == null) {
                problems.add(
                        new HistoryProblem(line, "interval_start", "staffing.history.bad-start", List.of(startText)));
            } else if (!InputCheck.isWithinBounds(start)) {
                problems.add(new HistoryProblem(
                        line,
                        "interval_start",
                        "validation.date-range",
                        List.of(InputCheck.EARLIEST_YEAR, InputCheck.LATEST_YEAR)));
                start = null;
            }
        }
        String queueName = value(record, "queue");
        WorkQueue queue = null;
        if (queueName == null) {
            problems.add(new HistoryProblem(line, "queue", "validation.required", List.of()));
        } else {
            queue = queuesByName
                    .computeIfAbsent(queueName.toLowerCase(Locale.ROOT), queues::findByName)
                    .orElse(null);
            if (queue == null) {
                problems.add(new HistoryProblem(line, "queue", "staffing.history.unknown-queue", List.of(queueName)));
            }
        }
        Integer contacts = null;
        String contactsText = value(record, "contacts");
        try {
            contacts = contactsText == null ? null : Integer.valueOf(contactsText);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (contacts == null || contacts < 0) {
            problems.add(new HistoryProblem(
                    line,
                    "contacts",
                    "staffing.history.bad-contacts",
                    List.of(contactsText == null ? "" : contactsText)));
        }
        Double aht = null;
        String ahtText = value(record, "aht_seconds");
        if (ahtText != null) {
            try {
                aht = Double.valueOf(ahtText.replace(',', '.'));
            } catch (NumberFormatException e) {
                aht = Double.NaN;
            }
            if (!(aht > 0 && aht <= StaffingQuestion.MAX_SECONDS)) {
                problems.add(new HistoryProblem(line, "aht_seconds", "staffing.history.bad-aht", List.of(ahtText)));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Long earlier = seen.putIfAbsent(queue.id() + "@" + start, line);
        if (earlier != null) {
            problems.add(new HistoryProblem(
                    line, "interval_start", "staffing.history.duplicate", List.of(startText, earlier)));
            return Optional.empty();
        }
        return Optional.of(new Row(line, queue.id(), new IntervalVolume(start, contacts, aht)));
    }

    /** A local date-time on the quarter hour, optionally with an offset; null when it is not one. */
    static Instant parseStart(String text, ZoneId zone) {
        Instant start;
        try {
            start = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                start = LocalDateTime.parse(text, text.contains("T") ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : SPACED)
                        .atZone(zone)
                        .toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return start.getEpochSecond() % QUARTER_HOUR.getSeconds() == 0 && start.getNano() == 0 ? start : null;
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
