package dev.kantor.webhooks.delivery;

import java.time.Clock;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.service.InternalRequestResolved;
import dev.kantor.webhooks.catalogue.EventCatalogue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The modules' events, turned into deliveries. Each listener is recorded in the event publication
 * registry before its event's transaction commits, so an event whose deliveries were not yet written
 * when a node died is relayed again; writing them twice writes them once.
 */
@Component
class RelayedEvents {

    private final Deliveries deliveries;
    private final Clock clock;

    RelayedEvents(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseOpened e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(CaseResolved e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(CaseRated e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(ResolutionApproved e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(ResolutionRejected e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(HandoffAccepted e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(HandoffQueued e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(InternalRequestResolved e) {
        deliveries.record(EventCatalogue.of(e));
    }

    @ApplicationModuleListener
    void on(SchedulePublished e) {
        deliveries.record(EventCatalogue.of(e, clock.instant()));
    }
}
