package dev.kantor.cases.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client address may write through the public portal. The portal has no
 * accounts, so the address is all there is to tell one sender from another; the limits keep a
 * script from filling the case queue and the outbox, while a person never notices them.
 * <p>
 * Buckets live in memory on this node only: a restart or a second node gives a sender a fresh
 * allowance, which is acceptable for a brake against floods (not a quota anyone relies on).
 * Behind a reverse proxy, set {@code server.forward-headers-strategy} so that the remote
 * address is the customer's and not the proxy's.
 */
@Component
class PortalRateLimiter {

    private final Limit submissions;
    private final Limit followUps;

    PortalRateLimiter(@Value("${kantor.portal.submissions-per-window:5}") int submissionsPerWindow,
            @Value("${kantor.portal.submission-window:PT10M}") Duration submissionWindow,
            @Value("${kantor.portal.follow-ups-per-window:20}") int followUpsPerWindow,
            @Value("${kantor.portal.follow-up-window:PT10M}") Duration followUpWindow,
            @Value("${kantor.portal.tracked-addresses:10000}") int trackedAddresses) {
        this.submissions = new Limit(submissionsPerWindow, submissionWindow, trackedAddresses);
        this.followUps = new Limit(followUpsPerWindow, followUpWindow, trackedAddresses);
    }

    /** New cases sent through the form. */
    Limit submissions() {
        return submissions;
    }

    /** Replies and ratings through private links: more generous, since a conversation takes several. */
    Limit followUps() {
        return followUps;
    }

    /** One allowance per client address, for one kind of request. */
    static final class Limit {

        private final long capacity;
        private final Duration window;
        private final Map<String, Bucket> buckets;

        Limit(long capacity, Duration window, int trackedAddresses) {
            if (capacity < 1 || window.isNegative() || window.isZero() || trackedAddresses < 1) {
                throw new IllegalArgumentException("A portal limit needs a capacity, a window and room for addresses");
            }
            this.capacity = capacity;
            this.window = window;
            // least recently seen addresses are forgotten first, so a flood of addresses cannot
            // grow the map without bound; a forgotten address merely starts with a full bucket
            this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > trackedAddresses;
                }
            });
        }

        /**
         * Takes one request from the address's allowance.
         *
         * @return empty when the request may go ahead, else how long until it may
         */
        Optional<Duration> take(String address) {
            ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Optional.empty()
                    : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1)));
        }

        /** Returns a request that stored nothing (it had mistakes), so correcting a form costs nothing. */
        void giveBack(String address) {
            // addTokens never fills a bucket beyond its capacity
            bucket(address).addTokens(1);
        }

        int trackedAddresses() {
            return buckets.size();
        }

        private Bucket bucket(String address) {
            String key = address == null ? "" : address;
            // greedy refill: one request back every window/capacity, instead of all at once
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                    .build());
        }
    }
}
