package dev.kantor.floor.callin;

import java.time.Clock;

import dev.kantor.platform.security.SystemUser;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers nobody answered in time run out, checked every few seconds
 * ({@code kantor.floor.call-in.expiry-check}); each in its own transaction by a conditional update, so
 * that when several nodes run this each offer runs out (and is audited) once.
 */
@Component
class CallInExpiry {

    private final CallIns callIns;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CallInExpiry(CallIns callIns, Clock clock, TransactionTemplate transactions) {
        this.callIns = callIns;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** @return how many offers ran out now */
    @Scheduled(fixedDelayString = "${kantor.floor.call-in.expiry-check:PT15S}")
    int expireOffers() {
        int expired = 0;
        for (CallInOffer offer : SystemUser.call(() -> callIns.runOut(clock.instant()))) {
            Boolean done =
                    transactions.execute(status -> SystemUser.call(() -> callIns.expire(offer, clock.instant())));
            expired += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return expired;
    }
}
