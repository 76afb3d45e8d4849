package dev.kantor.staffing.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.Channel;
import dev.kantor.cases.ContactVolumes;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.history.StoredHistory.Origin;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a queue's history from Kantor's own cases, through the cases module's
 * {@link ContactVolumes} (never its tables), for managers and admins. The count is recorded in the
 * audit trail in the same transaction.
 */
@Service
@Transactional
class CountedHistory {

    private static final long QUARTER_HOUR_SECONDS = Duration.ofMinutes(15).getSeconds();

    private final StoredHistory history;
    private final StoredQueues queues;
    private final ContactVolumes cases;
    private final BusinessCalendars calendars;
    private final AuditTrail audit;
    private final Clock clock;

    CountedHistory(
            StoredHistory history,
            StoredQueues queues,
            ContactVolumes cases,
            BusinessCalendars calendars,
            AuditTrail audit,
            Clock clock) {
        this.history = history;
        this.queues = queues;
        this.cases = cases;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
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
        Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        to = to.minusSeconds(to.getEpochSecond() % QUARTER_HOUR_SECONDS);
        Instant from = to.minus(Duration.ofDays(7L * weeks));
        Set<Channel> channels = queue.channel().caseChannels();
        history.forgetCounted(queueId, from, to);
        Set<Instant> imported = history.startsBetween(queueId, from, to);
        List<IntervalVolume> counted = cases.perQuarterHour(from, to).stream()
                .filter(c -> channels.contains(c.channel()) && !imported.contains(c.start()))
                // a queue counting several channels (e-mail and the portal's form) adds their contacts up
                .collect(java.util.stream.Collectors.groupingBy(
                        ContactVolumes.IntervalContacts::start,
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.summingInt(ContactVolumes.IntervalContacts::contacts)))
                .entrySet()
                .stream()
                .map(e -> new IntervalVolume(e.getKey(), e.getValue(), null))
                .toList();
        history.replace(queueId, counted, Origin.CASES);
        if (!counted.isEmpty()) {
            audit.imported(
                    StoredHistory.AUDITED_AS,
                    queueId,
                    queue.name(),
                    HistorySummary.of(counted, calendars.zone(), "cases"));
        }
        return counted.size();
    }
}
