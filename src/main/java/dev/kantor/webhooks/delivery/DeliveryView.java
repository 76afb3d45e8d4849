package dev.kantor.webhooks.delivery;

import java.time.Instant;
import java.util.List;

/**
 * One delivery in a subscription's log: the event it carries, whether it got through, and every attempt.
 *
 * @param lastStatus the receiver's last answer (HTTP status), null when there was none (refused, timed out)
 */
public record DeliveryView(
        long id,
        String eventId,
        String eventType,
        String subject,
        Instant occurredAt,
        int attempts,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Integer lastStatus,
        String lastError,
        List<Attempt> attemptLog) {

    /** One try: when, what the receiver answered (null: no answer), why it failed, and how long it took. */
    public record Attempt(Instant at, Integer statusCode, String error, int durationMillis) {}

    public boolean delivered() {
        return deliveredAt != null;
    }
}
