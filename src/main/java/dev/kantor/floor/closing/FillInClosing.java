package dev.kantor.floor.closing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.fillin.FillIn;
import dev.kantor.floor.fillin.FillIns;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Says how long each fill-in ran once it is over ({@link FillInEnded}), as planned or ended early: every
 * minute, each fill-in over within the look-back and not closed yet is closed in a transaction of its own
 * with its claim, so that across nodes each is said once.
 */
@Component
public class FillInClosing {

    private static final Logger log = LoggerFactory.getLogger(FillInClosing.class);

    private final FillIns fillIns;
    private final Closings closings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration lookBack;
    private final boolean enabled;

    FillInClosing(
            FillIns fillIns,
            Closings closings,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${kantor.floor.closing.look-back:PT26H}") Duration lookBack,
            @Value("${kantor.floor.closing.enabled:true}") boolean enabled) {
        this.fillIns = fillIns;
        this.closings = closings;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.lookBack = lookBack;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${kantor.floor.closing.every:PT1M}",
            initialDelayString = "${kantor.floor.closing.first:PT45S}")
    void round() {
        if (enabled) {
            closeUpTo(clock.instant());
        }
    }

    /** Closes every fill-in over by {@code now} within the look-back: how many this node closed. */
    public int closeUpTo(Instant now) {
        List<FillIn> over = SystemUser.call(() -> fillIns.overBetween(now.minus(lookBack), now));
        Set<Long> done = closings.closedFillIns(over.stream().map(FillIn::id).toList());
        int closed = 0;
        for (FillIn fillIn : over) {
            if (!done.contains(fillIn.id())) {
                closed += close(fillIn, now) ? 1 : 0;
            }
        }
        return closed;
    }

    private boolean close(FillIn fillIn, Instant now) {
        try {
            transactions.executeWithoutResult(status -> {
                closings.closeFillIn(fillIn.id(), fillIn.minutes(), now);
                events.publishEvent(new FillInEnded(
                        fillIn.id(),
                        fillIn.queueId(),
                        fillIn.employeeId(),
                        fillIn.startsAt(),
                        fillIn.until(),
                        fillIn.minutes()));
            });
            return true;
        } catch (DataIntegrityViolationException e) {
            log.debug("Fill-in {} was closed by another node", fillIn.id());
            return false;
        }
    }
}
