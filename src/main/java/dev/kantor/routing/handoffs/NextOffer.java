package dev.kantor.routing.handoffs;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.WhoCanHelp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is asked to take the customer: the first person when a handoff starts, the next best one
 * when an offer ends unaccepted, each with the offer time to answer; after
 * {@code kantor.routing.max-offers} people, or when nobody is left, the team queue.
 */
@Component
class NextOffer {

    private final Handoffs handoffs;
    private final WhoCanHelp whoCanHelp;
    private final QueueFallback fallback;
    private final HandoffCases cases;
    private final Clock clock;
    private final Duration offerTimeout;
    private final int maxOffers;

    NextOffer(
            Handoffs handoffs,
            WhoCanHelp whoCanHelp,
            QueueFallback fallback,
            HandoffCases cases,
            Clock clock,
            @Value("${kantor.routing.offer-timeout:PT2M}") Duration offerTimeout,
            @Value("${kantor.routing.max-offers:3}") int maxOffers) {
        this.handoffs = handoffs;
        this.whoCanHelp = whoCanHelp;
        this.fallback = fallback;
        this.cases = cases;
        this.clock = clock;
        this.offerTimeout = offerTimeout;
        this.maxOffers = maxOffers;
    }

    /**
     * A new handoff's first offer: to the colleague the sender chose, else to the best helper; to
     * the queue when nobody can help now.
     *
     * @param answer who could help when the sender asked
     */
    Handoff first(Handoff h, HelpAnswer answer, Long chosen) {
        if (!answer.anyoneNow()) {
            return fallback.queue(h);
        }
        h.offerTo(chosen != null ? chosen : answer.helpers().get(0).id(), clock.instant(), offerTimeout);
        return handoffs.save(h);
    }

    /** After an offer ends unaccepted: asks the next best person not asked yet, or falls back to the queue. */
    Handoff after(Handoff h) {
        Set<Long> skip = new HashSet<>(h.asked());
        skip.add(h.getSenderId());
        if (h.getOffers().size() < maxOffers) {
            // a walk-in still stands at the counter: the next person asked should be able to come to them
            boolean inPerson =
                    cases.find(h.getCaseId()).map(HandoffCase::walkIn).orElse(false);
            HelpAnswer answer = whoCanHelp.ask(h.getTopic(), h.getLanguage(), skip, WhoCanHelp.HELPERS, inPerson);
            if (answer.anyoneNow()) {
                h.offerTo(answer.helpers().get(0).id(), clock.instant(), offerTimeout);
                return handoffs.store(h);
            }
        }
        return fallback.queue(handoffs.store(h));
    }
}
