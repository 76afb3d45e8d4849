package dev.kantor.routing.handoffs;

import java.time.Clock;
import java.util.Map;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers nobody answered in time run out and move to the next person (or the queue), checked
 * every few seconds ({@code kantor.routing.expiry-check}). Each handoff moves in its own
 * transaction under its version, so that when several nodes run this, each offer moves once.
 */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

    private final Handoffs handoffs;
    private final NextOffer offers;
    private final HandoffAudit audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OfferExpiry(
            Handoffs handoffs, NextOffer offers, HandoffAudit audit, Clock clock, TransactionTemplate transactions) {
        this.handoffs = handoffs;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** @return how many offers ran out and moved on */
    @Scheduled(fixedDelayString = "${kantor.routing.expiry-check:PT5S}")
    public int expireOffers() {
        int moved = 0;
        for (Handoff due : SystemUser.call(() -> handoffs.offersRunOut(clock.instant()))) {
            try {
                Boolean done = transactions.execute(status -> SystemUser.call(() -> runOut(due.getId())));
                moved += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException | KantorException e) {
                log.debug("Handoff {} was answered while its offer ran out: {}", due.getId(), e.getMessage());
            }
        }
        return moved;
    }

    /** Moves one handoff whose offer ran out, read again: it may have been answered meanwhile. */
    private boolean runOut(long handoffId) {
        Handoff h = handoffs.findById(handoffId).orElseThrow();
        if (h.getState() != HandoffState.OFFERED
                || h.getOfferedTo() == null
                || clock.instant().isBefore(h.getOfferExpiresAt())) {
            return false;
        }
        Map<String, String> before = audit.snapshot(h);
        h.expire(clock.instant());
        Handoff after = offers.after(h);
        audit.changed(before, after);
        return true;
    }
}
