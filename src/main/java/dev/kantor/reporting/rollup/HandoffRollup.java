package dev.kantor.reporting.rollup;

import java.time.LocalDate;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.routing.HandoffStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts handoffs from routing's events, each event once by its identity: started on the day it
 * started, accepted with the time it took, and those that reached the team queue.
 */
@Component
class HandoffRollup {

    private final RollupStore store;
    private final BusinessCalendars calendars;

    HandoffRollup(RollupStore store, BusinessCalendars calendars) {
        this.store = store;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void on(HandoffStarted e) {
        if (store.firstTime("HandoffStarted:" + e.handoffId(), e.at())) {
            store.handoffStarted(e.handoffId(), LocalDate.ofInstant(e.at(), calendars.zone()), e.at());
        }
    }

    @ApplicationModuleListener
    void on(HandoffAccepted e) {
        if (store.firstTime("HandoffAccepted:" + e.handoffId(), e.at())) {
            store.handoffAccepted(e.handoffId(), e.at());
        }
    }

    @ApplicationModuleListener
    void on(HandoffQueued e) {
        if (store.firstTime("HandoffQueued:" + e.handoffId(), e.at())) {
            store.handoffQueued(e.handoffId());
        }
    }
}
