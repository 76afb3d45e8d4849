package dev.kantor.platform.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, a little later, every event a listener failed on (a conflict, a database that
 * was away): an event must not be lost to one bad moment. A publication left in progress by a
 * node that died counts as failed once it is stale ({@code spring.modulith.events.staleness.*}).
 * Listeners are idempotent, so an event that two nodes both deliver again changes things once.
 */
@Component
class EventRedelivery {

    private final FailedEventPublications failed;
    private final ResubmissionOptions options;

    EventRedelivery(FailedEventPublications failed, @Value("${kantor.events.redeliver-after:PT1M}") Duration after) {
        this.failed = failed;
        this.options = ResubmissionOptions.defaults().withMinAge(after).withBatchSize(100);
    }

    @Scheduled(
            fixedDelayString = "${kantor.events.redeliver-every:PT1M}",
            initialDelayString = "${kantor.events.redeliver-every:PT1M}")
    void redeliverFailed() {
        failed.resubmit(options);
    }
}
