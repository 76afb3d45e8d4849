package dev.kantor.webhooks.delivery;

import java.time.Clock;

import dev.kantor.webhooks.catalogue.EventCatalogue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The modules' events, turned into deliveries: one listener for every entry of the {@link EventCatalogue}.
 * Its condition is asked when an event is published, so the event publication registry records a
 * publication for this listener (before the event's transaction commits) only for the events the
 * catalogue relays. An event whose deliveries were not yet written when a node died is relayed again;
 * writing them twice writes them once (their event id is unique per subscription).
 */
@Component
class RelayedEvents {

    private final Deliveries deliveries;
    private final Clock clock;

    RelayedEvents(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener(
            id = "webhooks-relay",
            condition = "T(dev.kantor.webhooks.catalogue.EventCatalogue).relays(#a0)")
    void relay(Object event) {
        EventCatalogue.occurrence(event, clock.instant()).ifPresent(deliveries::record);
    }
}
