package dev.kantor.floor.closing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import dev.kantor.floor.IntervalCovered;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Says how each queue's intervals were covered once they are over ({@link IntervalCovered}): every minute
 * ({@code kantor.floor.closing.every}) after a quarter hour began, it looks at the intervals that ended within
 * the look-back ({@code kantor.floor.closing.look-back}, a day and a bit on a node's first round, so that a node
 * down for a while catches up; an hour after that) and
 * closes each not closed yet, in a transaction of its own with its claim, so that across nodes each is said
 * once. {@code kantor.floor.closing.enabled=false} stops the rounds (tests close the day themselves).
 */
@Component
public class IntervalClosing {

    private static final Logger log = LoggerFactory.getLogger(IntervalClosing.class);

    private final WorkQueues queues;
    private final QueueDays days;
    private final Closings closings;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration lookBack;
    private final boolean enabled;

    IntervalClosing(
            WorkQueues queues,
            QueueDays days,
            Closings closings,
            ApplicationEventPublisher events,
            BusinessZone zone,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${kantor.floor.closing.look-back:PT26H}") Duration lookBack,
            @Value("${kantor.floor.closing.enabled:true}") boolean enabled) {
        this.queues = queues;
        this.days = days;
        this.closings = closings;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
        this.transactions = transactions;
        this.lookBack = lookBack;
        this.enabled = enabled;
    }

    /** The quarter hour of this node's last round; null before its first. */
    private volatile Instant lastQuarter;

    /**
     * Counts the queues' days only when a quarter hour began since this node's last round (intervals end on
     * quarter hours): the first round looks back the whole look-back, the others an hour.
     */
    @Scheduled(
            fixedDelayString = "${kantor.floor.closing.every:PT1M}",
            initialDelayString = "${kantor.floor.closing.first:PT45S}")
    void round() {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        Instant quarter = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), 900L));
        if (lastQuarter != null && !quarter.isAfter(lastQuarter)) {
            return;
        }
        closeUpTo(now, lastQuarter == null ? lookBack : Duration.ofHours(1));
        lastQuarter = quarter;
    }

    /** Closes every interval of every queue that ended by {@code now} within the look-back: how many this node closed. */
    public int closeUpTo(Instant now) {
        return closeUpTo(now, lookBack);
    }

    private int closeUpTo(Instant now, Duration back) {
        Instant since = now.minus(back);
        ZoneId businessZone = zone.zone();
        int closed = 0;
        for (QueueSummary queue : SystemUser.call(queues::all)) {
            try {
                Set<Instant> done = closings.closedIntervals(queue.id(), since.minus(Duration.ofHours(1)));
                for (LocalDate day = LocalDate.ofInstant(since, businessZone);
                        !day.isAfter(LocalDate.ofInstant(now, businessZone));
                        day = day.plusDays(1)) {
                    LocalDate date = day;
                    QueueDay counted = SystemUser.call(() -> days.on(queue.id(), date));
                    for (IntervalCoverage interval : counted.intervals()) {
                        Instant end = interval.span().end();
                        if (end.isAfter(now)
                                || !end.isAfter(since)
                                || done.contains(interval.span().start())) {
                            continue;
                        }
                        closed += close(queue.id(), interval, now) ? 1 : 0;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not close the intervals of queue {}: {}", queue.id(), e.toString());
            }
        }
        return closed;
    }

    private boolean close(long queueId, IntervalCoverage interval, Instant now) {
        try {
            transactions.executeWithoutResult(status -> {
                Long departmentId = closings.closeInterval(
                        queueId,
                        interval.span().start(),
                        interval.span().end(),
                        interval.required(),
                        interval.expected(),
                        now);
                events.publishEvent(new IntervalCovered(
                        queueId,
                        interval.span().start(),
                        interval.span().end(),
                        interval.required(),
                        interval.expected(),
                        departmentId));
            });
            return true;
        } catch (DataIntegrityViolationException e) {
            log.debug("Interval {} of queue {} was closed by another node", interval.span(), queueId);
            return false;
        }
    }
}
