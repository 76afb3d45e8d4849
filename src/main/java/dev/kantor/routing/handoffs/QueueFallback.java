package dev.kantor.routing.handoffs;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Nobody (more) can take the customer: the case waits in its team's queue, and the sender and the
 * on-duty managers are alerted, so that no handoff ever dead-ends.
 */
@Component
class QueueFallback {

    private final Handoffs handoffs;
    private final HandoffAlerts alerts;
    private final OnDutyManagers managers;
    private final Clock clock;

    QueueFallback(Handoffs handoffs, HandoffAlerts alerts, OnDutyManagers managers, Clock clock) {
        this.handoffs = handoffs;
        this.alerts = alerts;
        this.managers = managers;
        this.clock = clock;
    }

    Handoff queue(Handoff h) {
        h.queue(clock.instant());
        Handoff saved = handoffs.store(h);
        alerts.alert(saved.getSenderId(), saved.getId(), AlertKind.QUEUED);
        for (long manager : managers.of(saved)) {
            if (manager != saved.getSenderId()) {
                alerts.alert(manager, saved.getId(), AlertKind.QUEUED);
            }
        }
        return saved;
    }
}
