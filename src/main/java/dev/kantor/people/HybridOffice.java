package dev.kantor.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who counts as HYBRID: a back-office employee whose share of all customer contacts in the last
 * 30 days reaches {@code kantor.people.hybrid-threshold} (5% by default: more than many a
 * front-office colleague handles in a team of twenty).
 */
@Component
class HybridOffice {

    static final Duration WINDOW = Duration.ofDays(30);

    private final ObjectProvider<MeasuredCustomerContact> measured;
    private final Clock clock;
    private final double threshold;

    HybridOffice(ObjectProvider<MeasuredCustomerContact> measured, Clock clock,
            @Value("${kantor.people.hybrid-threshold:0.05}") double threshold) {
        this.measured = measured;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** Everyone whose share passes the threshold; the caller applies it to back-office people only. */
    Set<Long> employees() {
        MeasuredCustomerContact source = measured.getIfAvailable();
        if (source == null) {
            return Set.of();
        }
        Map<Long, Double> shares = source.sharesSince(clock.instant().minus(WINDOW));
        return shares.entrySet().stream().filter(e -> e.getValue() >= threshold).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
