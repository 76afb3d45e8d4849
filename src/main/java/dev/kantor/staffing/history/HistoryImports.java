package dev.kantor.staffing.history;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.history.HistoryCsv.Reading;
import dev.kantor.staffing.history.HistoryCsv.Row;
import dev.kantor.staffing.history.StoredHistory.Origin;
import dev.kantor.staffing.queues.StoredQueues;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings contact history in from a file, for managers and admins: all or nothing, every bad line
 * reported (see {@link HistoryCsv}); an interval already known is replaced. Each queue's import is
 * recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
public class HistoryImports {

    private final HistoryCsv csv;
    private final StoredHistory history;
    private final StoredQueues queues;
    private final BusinessCalendars calendars;
    private final AuditTrail audit;

    HistoryImports(
            HistoryCsv csv, StoredHistory history, StoredQueues queues, BusinessCalendars calendars, AuditTrail audit) {
        this.csv = csv;
        this.history = history;
        this.queues = queues;
        this.calendars = calendars;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public HistoryImport importCsv(Reader file) {
        Reading reading = csv.read(file);
        if (!reading.succeeded()) {
            return new HistoryImport(0, reading.problems());
        }
        Map<Long, List<IntervalVolume>> byQueue = reading.rows().stream()
                .collect(Collectors.groupingBy(
                        Row::queueId, LinkedHashMap::new, Collectors.mapping(Row::volume, Collectors.toList())));
        byQueue.forEach((queueId, volumes) -> {
            history.replace(queueId, volumes, Origin.IMPORT);
            audit.imported(
                    StoredHistory.AUDITED_AS,
                    queueId,
                    queues.get(queueId).name(),
                    HistorySummary.of(volumes, calendars.zone(), "import"));
        });
        return new HistoryImport(reading.rows().size(), List.of());
    }

    /** Records volumes as they are, replacing intervals already known: for demo data and other sources. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void record(long queueId, List<IntervalVolume> volumes) {
        queues.get(queueId);
        history.replace(queueId, volumes, Origin.IMPORT);
    }
}
