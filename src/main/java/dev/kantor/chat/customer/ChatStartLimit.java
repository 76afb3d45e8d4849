package dev.kantor.chat.customer;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.kantor.platform.allowance.StoredAllowances;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often one client address may start a chat. Every chat opens a case and waits on the chat queue, as a case
 * sent through the portal's form does, and customers have no account: the address is all there is to tell one
 * from another. The limit keeps a script from filling the case queue and the chat queue, while a person never
 * notices it.
 *
 * <p>It is the portal form's limiter: Bucket4j buckets in the database ({@code portal_allowance}, shared by every
 * node, so a restart forgives nobody), under a kind of its own ({@code chat-start:}), refilled greedily; the
 * portal's clean-up forgets buckets left alone for longer than its windows (a bucket left alone that long is full
 * again, as long as {@code kantor.chat.start-window} is no longer than the portal's). Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the remote address is the customer's.
 */
@Component
class ChatStartLimit {

    /** The kind of allowance, before the address in the bucket's key. */
    static final String KIND = "chat-start:";

    /** Room for the longest IPv6 address, and more, within the key's column. */
    private static final int MAX_ADDRESS = 100;

    private final StoredAllowances allowances;
    private final BucketConfiguration configuration;

    ChatStartLimit(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kantor.chat.starts-per-window:5}") int startsPerWindow,
            @Value("${kantor.chat.start-window:PT10M}") Duration window) {
        if (startsPerWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("kantor.chat.starts-per-window and start-window must be positive");
        }
        this.allowances = new StoredAllowances(jdbc, clock, "portal_allowance");
        // greedy refill: one start back every window/capacity, instead of all at once
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(startsPerWindow)
                        .refillGreedy(startsPerWindow, window)
                        .build())
                .build();
    }

    /**
     * Takes one start from the address's allowance.
     *
     * @return empty when the chat may start, else how long until one may
     */
    Optional<Duration> take(String address) {
        ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1)));
    }

    /** Returns a start that opened nothing (the form had mistakes), so that correcting it costs nothing. */
    void giveBack(String address) {
        // addTokens never fills a bucket beyond its capacity
        bucket(address).addTokens(1);
    }

    /** Whole seconds to wait, at least one: what Retry-After says. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private BucketProxy bucket(String address) {
        // an address is at most 45 characters; a longer one (a forged forwarding header) is cut to fit
        String key =
                address == null ? "" : address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        return allowances.builder().build(KIND + key, () -> configuration);
    }
}
