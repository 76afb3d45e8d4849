package dev.kantor.people.office;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.people.MeasuredCustomerContact;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who counts as HYBRID: a back-office employee whose share of all customer contacts in the last
 * 30 days reaches {@code kantor.people.hybrid-threshold} (5% by default: more than many a
 * front-office colleague handles in a team of twenty).
 * <p>
 * The shares come from a month of contacts and move slowly, so they are measured at most once a
 * minute ({@link #REFRESH}) rather than on every directory and employee page.
 */
@Component
public class HybridOffice {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration REFRESH = Duration.ofMinutes(1);

    /** Who was hybrid when last measured, and when that was. */
    private record Measured(Set<Long> employees, Instant at) {

        boolean freshAt(Instant now) {
            // a clock set back (a replayed moment) measures again rather than trust a later answer
            return !now.isBefore(at) && now.isBefore(at.plus(REFRESH));
        }
    }

    private volatile Measured last;

    private final ObjectProvider<MeasuredCustomerContact> measured;
    private final Clock clock;
    private final double threshold;

    HybridOffice(
            ObjectProvider<MeasuredCustomerContact> measured,
            Clock clock,
            @Value("${kantor.people.hybrid-threshold:0.05}") double threshold) {
        this.measured = measured;
        this.clock = clock;
        this.threshold = threshold;
    }

    /**
     * Everyone whose share passes the threshold, as measured within the last minute; the caller
     * applies it to back-office people only.
     */
    public Set<Long> employees() {
        Instant now = clock.instant();
        Measured known = last;
        if (known != null && known.freshAt(now)) {
            return known.employees();
        }
        MeasuredCustomerContact source = measured.getIfAvailable();
        if (source == null) {
            return Set.of();
        }
        Map<Long, Double> shares = source.sharesSince(now.minus(WINDOW));
        Set<Long> hybrid = shares.entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        last = new Measured(hybrid, now);
        return hybrid;
    }
}
