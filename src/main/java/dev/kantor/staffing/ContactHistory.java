package dev.kantor.staffing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.Channel;
import dev.kantor.cases.ContactVolumes;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;
import dev.kantor.staffing.requirement.StaffingQuestion;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts each queue was offered per 15-minute interval, from a CSV import or counted from
 * Kantor's own cases. Managers and admins bring history in; everyone may read it.
 *
 * <p>Import columns: {@code interval_start} (local time in the business's time zone, on the quarter
 * hour, e.g. {@code 2026-03-02 08:15}; an offset such as {@code +07:00} may follow),
 * {@code queue} (its name), {@code contacts} (offered, a whole number) and {@code aht_seconds}
 * (average handling time, optional). All or nothing: when any line is bad, nothing is imported and
 * every bad line is reported. An interval already known is replaced.
 */
@Service
@Transactional
public class ContactHistory {

    public static final List<String> COLUMNS = List.of("interval_start", "queue", "contacts", "aht_seconds");
    static final int MAX_ROWS = 100_000;
    static final String AUDITED_AS = "contact-history";
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** Which cases count as a queue's contacts: chat comes in through the web portal. */
    static final Map<QueueChannel, Channel> CASE_CHANNEL = Map.of(QueueChannel.PHONE, Channel.PHONE,
            QueueChannel.FRONT_DESK, Channel.WALK_IN, QueueChannel.EMAIL, Channel.EMAIL, QueueChannel.CHAT, Channel.WEB);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final StoredQueues queues;
    private final ContactVolumes cases;
    private final BusinessCalendars calendars;
    private final AuditTrail audit;
    private final Clock clock;

    ContactHistory(JdbcClient jdbc, JdbcTemplate batches, StoredQueues queues, ContactVolumes cases, BusinessCalendars calendars,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.queues = queues;
        this.cases = cases;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    /** One line of the file, read and checked. */
    private record Row(long line, long queueId, IntervalVolume volume) {
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public HistoryImport importCsv(Reader csv) {
        List<HistoryProblem> problems = new ArrayList<>();
        List<Row> rows = read(csv, problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(HistoryProblem::line));
            return new HistoryImport(0, problems);
        }
        Map<Long, List<IntervalVolume>> byQueue = rows.stream().collect(Collectors.groupingBy(Row::queueId,
                LinkedHashMap::new, Collectors.mapping(Row::volume, Collectors.toList())));
        byQueue.forEach((queueId, volumes) -> {
            store(queueId, volumes, "IMPORT");
            audited(queueId, volumes, "import");
        });
        return new HistoryImport(rows.size(), List.of());
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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        ZoneId zone = calendars.zone();
        Map<String, Optional<WorkQueue>> queuesByName = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new HistoryProblem(1, null, "staffing.history.missing-columns",
                        List.of(String.join(", ", missing))));
                return rows;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new HistoryProblem(line, null, "staffing.history.too-many-rows", List.of(MAX_ROWS)));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new HistoryProblem(line, null, "staffing.history.wrong-column-count",
                            List.of(record.size(), parser.getHeaderNames().size())));
                    continue;
                }
                int unstorable = InputCheck.firstUnstorable(record);
                if (unstorable >= 0) {
                    problems.add(new HistoryProblem(line, parser.getHeaderNames().get(unstorable),
                            "validation.unstorable", List.of()));
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

    private Optional<Row> readRow(CSVRecord record, long line, ZoneId zone,
            Map<String, Optional<WorkQueue>> queuesByName, Map<String, Long> seen, List<HistoryProblem> problems) {
        int before = problems.size();
        String startText = value(record, "interval_start");
        Instant start = null;
        if (startText == null) {
            problems.add(new HistoryProblem(line, "interval_start", "validation.required", List.of()));
        } else {
            start = parseStart(startText, zone);
            if (start == null) {
                problems.add(new HistoryProblem(line, "interval_start", "staffing.history.bad-start",
                        List.of(startText)));
            } else if (!InputCheck.isWithinBounds(start)) {
                problems.add(new HistoryProblem(line, "interval_start", "validation.date-range",
                        List.of(InputCheck.EARLIEST_YEAR, InputCheck.LATEST_YEAR)));
                start = null;
            }
        }
        String queueName = value(record, "queue");
        WorkQueue queue = null;
        if (queueName == null) {
            problems.add(new HistoryProblem(line, "queue", "validation.required", List.of()));
        } else {
            queue = queuesByName.computeIfAbsent(queueName.toLowerCase(Locale.ROOT), queues::findByName).orElse(null);
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
            problems.add(new HistoryProblem(line, "contacts", "staffing.history.bad-contacts",
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
            problems.add(new HistoryProblem(line, "interval_start", "staffing.history.duplicate",
                    List.of(startText, earlier)));
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
                        .atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return start.getEpochSecond() % QUARTER_HOUR.getSeconds() == 0 && start.getNano() == 0 ? start : null;
    }

    /**
     * Counts the cases of the queue's channel opened in the last {@code weeks} weeks as its history,
     * for intervals no imported file covers; counts taken earlier for the same weeks are replaced.
     *
     * @return the number of intervals with contacts
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public int takeFromCases(long queueId, int weeks) {
        new InputCheck().range("weeks", weeks, 1, 104).throwIfAny();
        WorkQueue queue = queues.get(queueId);
        Instant to = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        to = to.minusSeconds(to.getEpochSecond() % QUARTER_HOUR.getSeconds());
        Instant from = to.minus(Duration.ofDays(7L * weeks));
        Channel channel = CASE_CHANNEL.get(queue.channel());
        jdbc.sql("delete from contact_volume where queue_id = ? and origin = 'CASES' and starts_at >= ? and starts_at < ?")
                .params(queueId, Timestamp.from(from), Timestamp.from(to)).update();
        Set<Instant> imported = new HashSet<>();
        jdbc.sql("select starts_at from contact_volume where queue_id = ? and starts_at >= ? and starts_at < ?")
                .params(queueId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    imported.add(rs.getTimestamp(1).toInstant());
                });
        List<IntervalVolume> counted = cases.perQuarterHour(from, to).stream()
                .filter(c -> c.channel() == channel && !imported.contains(c.start()))
                .map(c -> new IntervalVolume(c.start(), c.contacts(), null))
                .toList();
        store(queueId, counted, "CASES");
        audited(queueId, counted, "cases");
        return counted.size();
    }

    /** Records volumes as they are, replacing intervals already known: for demo data and other sources. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void record(long queueId, List<IntervalVolume> volumes) {
        queues.get(queueId);
        store(queueId, volumes, "IMPORT");
    }

    /** The queue's known intervals in [from, to), by start. */
    @Transactional(readOnly = true)
    public List<IntervalVolume> between(long queueId, Instant from, Instant to) {
        return jdbc.sql("""
                select starts_at, contacts, aht_seconds from contact_volume
                where queue_id = ? and starts_at >= ? and starts_at < ? order by starts_at""")
                .params(queueId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    double aht = rs.getDouble(3);
                    Double known = rs.wasNull() ? null : aht;
                    return new IntervalVolume(rs.getTimestamp(1).toInstant(), rs.getInt(2), known);
                })
                .list();
    }

    /** How much history a queue has: its first and last day, intervals and contacts. */
    public record Coverage(LocalDate first, LocalDate last, int intervals, long contacts) {
    }

    @Transactional(readOnly = true)
    public Map<Long, Coverage> coverage() {
        ZoneId zone = calendars.zone();
        Map<Long, Coverage> coverage = new HashMap<>();
        jdbc.sql("""
                select queue_id, min(starts_at), max(starts_at), count(*), sum(contacts)
                from contact_volume group by queue_id""")
                .query(rs -> {
                    coverage.put(rs.getLong(1), new Coverage(rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate(),
                            rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate(), rs.getInt(4), rs.getLong(5)));
                });
        return coverage;
    }

    private void store(long queueId, List<IntervalVolume> volumes, String origin) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (IntervalVolume v : volumes) {
            deletes.add(new Object[] {queueId, Timestamp.from(v.start())});
            inserts.add(new Object[] {queueId, Timestamp.from(v.start()), v.contacts(), v.ahtSeconds(), origin});
        }
        batches.batchUpdate("delete from contact_volume where queue_id = ? and starts_at = ?", deletes);
        batches.batchUpdate("""
                insert into contact_volume (queue_id, starts_at, contacts, aht_seconds, origin)
                values (?, ?, ?, ?, ?)""", inserts);
    }

    private void audited(long queueId, List<IntervalVolume> volumes, String how) {
        if (volumes.isEmpty()) {
            return;
        }
        ZoneId zone = calendars.zone();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("from", volumes.stream().map(IntervalVolume::start).min(Instant::compareTo).orElseThrow()
                .atZone(zone).toLocalDate().toString());
        summary.put("to", volumes.stream().map(IntervalVolume::start).max(Instant::compareTo).orElseThrow()
                .atZone(zone).toLocalDate().toString());
        summary.put("intervals", String.valueOf(volumes.size()));
        summary.put("contacts", String.valueOf(volumes.stream().mapToLong(IntervalVolume::contacts).sum()));
        summary.put("source", how);
        audit.imported(AUDITED_AS, queueId, queues.get(queueId).name(), summary);
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
