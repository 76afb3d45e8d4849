package dev.kantor.reporting.rollup;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseFacts;
import dev.kantor.reporting.rollup.CaseLines.Place;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffHistory;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.routing.HandoffStarted;
import dev.kantor.routing.PastHandoff;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts handoffs from routing's events, each event once by its identity: the handoff is read again through
 * routing's {@link HandoffHistory} and replaces its share of its day, as case events do for cases; the same
 * lines a rebuild writes, whatever order the events arrive in.
 */
@Component
class HandoffRollup {

    private final RollupStore store;
    private final HandoffHistory history;
    private final CaseFacts cases;
    private final BusinessCalendars calendars;
    private final Clock clock;

    HandoffRollup(
            RollupStore store, HandoffHistory history, CaseFacts cases, BusinessCalendars calendars, Clock clock) {
        this.store = store;
        this.history = history;
        this.cases = cases;
        this.calendars = calendars;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HandoffStarted e) {
        count("HandoffStarted:" + e.handoffId(), e.handoffId());
    }

    @ApplicationModuleListener
    void on(HandoffAccepted e) {
        count("HandoffAccepted:" + e.handoffId(), e.handoffId());
    }

    @ApplicationModuleListener
    void on(HandoffQueued e) {
        count("HandoffQueued:" + e.handoffId(), e.handoffId());
    }

    /** Counts one event of a handoff unless it was counted before, in the listener's transaction. */
    void count(String eventKey, long handoffId) {
        store.lockRollups();
        if (store.firstTime(eventKey, clock.instant())) {
            history.of(handoffId).ifPresent(handoff -> store.replace(store.lockedHandoff(handoffId), line(handoff)));
        }
    }

    private HandoffLine line(PastHandoff handoff) {
        Map<Long, String> known = store.channelsOf(List.of(handoff.caseId()));
        String channel = Optional.ofNullable(known.get(handoff.caseId()))
                .or(() -> cases.of(handoff.caseId()).map(c -> c.channel().name()))
                .orElse(Place.NOBODY.office());
        return HandoffLine.of(handoff, channel, calendars.zone());
    }
}
