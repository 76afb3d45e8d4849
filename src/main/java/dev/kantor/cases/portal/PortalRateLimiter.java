package dev.kantor.cases.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often one client address may write through the public portal. The portal has no
 * accounts, so the address is all there is to tell one sender from another; the limits keep a
 * script from filling the case queue and the outbox, while a person never notices them.
 * <p>
 * The allowances are kept in the database ({@link StoredAllowances}), so that every node counts
 * against the same one and a restart forgives nobody. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the remote address is the customer's and not
 * the proxy's.
 */
@Component
class PortalRateLimiter {

    private final StoredAllowances allowances;
    private final Limit submissions;
    private final Limit followUps;
    private final Duration longestWindow;

    PortalRateLimiter(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kantor.portal.submissions-per-window:5}") int submissionsPerWindow,
            @Value("${kantor.portal.submission-window:PT10M}") Duration submissionWindow,
            @Value("${kantor.portal.follow-ups-per-window:20}") int followUpsPerWindow,
            @Value("${kantor.portal.follow-up-window:PT10M}") Duration followUpWindow) {
        this.allowances = new StoredAllowances(jdbc, clock);
        this.submissions = new Limit(allowances, "submission", submissionsPerWindow, submissionWindow);
        this.followUps = new Limit(allowances, "follow-up", followUpsPerWindow, followUpWindow);
        this.longestWindow = submissionWindow.compareTo(followUpWindow) > 0 ? submissionWindow : followUpWindow;
    }

    /** New cases sent through the form. */
    Limit submissions() {
        return submissions;
    }

    /** Replies and ratings through private links: more generous, since a conversation takes several. */
    Limit followUps() {
        return followUps;
    }

    /**
     * Removes the allowances of addresses quiet for longer than a window: their buckets are full
     * again, as a new address's would be. Every node may run it; deleting twice changes nothing.
     */
    @Scheduled(fixedDelayString = "${kantor.portal.allowance-clean-up:PT10M}")
    int forgetQuietAddresses() {
        return allowances.forgetIdle(longestWindow);
    }

    /** One allowance per client address, for one kind of request. */
    static final class Limit {

        /** Room for the longest IPv6 address, and more, within the key's column. */
        private static final int MAX_ADDRESS = 100;

        private final ProxyManager<String> buckets;
        private final String kind;
        private final BucketConfiguration configuration;

        Limit(ProxyManager<String> buckets, String kind, long capacity, Duration window) {
            if (capacity < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A portal limit needs a capacity and a window");
            }
            this.buckets = buckets;
            this.kind = kind;
            // greedy refill: one request back every window/capacity, instead of all at once
            this.configuration = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, window)
                            .build())
                    .build();
        }

        /**
         * Takes one request from the address's allowance.
         *
         * @return empty when the request may go ahead, else how long until it may
         */
        Optional<Duration> take(String address) {
            ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? Optional.empty()
                    : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1)));
        }

        /** Returns a request that stored nothing (it had mistakes), so correcting a form costs nothing. */
        void giveBack(String address) {
            // addTokens never fills a bucket beyond its capacity
            bucket(address).addTokens(1);
        }

        private io.github.bucket4j.distributed.BucketProxy bucket(String address) {
            // an address is at most 45 characters; a longer one (a forged forwarding header) is cut to fit
            String key =
                    address == null ? "" : address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
            return buckets.builder().build(kind + ":" + key, () -> configuration);
        }
    }
}
