package dev.kantor.webhooks.subscriptions;

import java.time.Instant;
import java.util.List;

/**
 * A URL subscribed to some event types. Its secret is never shown again after it is made.
 *
 * @param pausedAt            when deliveries stopped after too many failures in a row; null while active
 * @param consecutiveFailures failed attempts since the last success
 */
public record Subscription(
        long id,
        String url,
        String description,
        List<String> eventTypes,
        Instant pausedAt,
        int consecutiveFailures,
        Instant createdAt,
        String createdBy) {

    public boolean paused() {
        return pausedAt != null;
    }
}
