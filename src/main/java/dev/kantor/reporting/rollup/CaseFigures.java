package dev.kantor.reporting.rollup;

import java.time.Clock;
import java.time.Instant;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.ApprovalRequested;
import dev.kantor.cases.CaseAssigned;
import dev.kantor.cases.CaseFacts;
import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseReopened;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.CustomerMessageReceived;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionCarriedOut;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.people.People;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the case roll-ups up to date: each event of a case, counted once by its identity, reads the
 * case as it now stands through cases' {@link CaseFacts} and replaces the case's share of its day.
 * Replacing (not adding) keeps the figures right whatever order events arrive in.
 */
@Component
public class CaseFigures {

    private final CaseFacts facts;
    private final RollupStore store;
    private final People people;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final TransactionTemplate attempt;

    CaseFigures(
            CaseFacts facts,
            RollupStore store,
            People people,
            BusinessCalendars calendars,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.facts = facts;
        this.store = store;
        this.people = people;
        this.calendars = calendars;
        this.clock = clock;
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CaseOpened e) {
        count("CaseOpened:" + e.caseId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseAssigned e) {
        count("CaseAssigned:" + e.caseId() + ":" + e.at().toEpochMilli() + ":" + e.ownerId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseResolved e) {
        count("CaseResolved:" + e.caseId() + ":" + e.at().toEpochMilli(), e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseReopened e) {
        count("CaseReopened:" + e.caseId() + ":" + e.at().toEpochMilli(), e.caseId());
    }

    @ApplicationModuleListener
    void on(CaseRated e) {
        count("CaseRated:" + e.caseId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(CustomerMessageReceived e) {
        count("CustomerMessageReceived:" + e.caseId() + ":" + e.at().toEpochMilli(), e.caseId());
    }

    @ApplicationModuleListener
    void on(ResolutionCarriedOut e) {
        count("ResolutionCarriedOut:" + e.actionId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(ApprovalRequested e) {
        count("ApprovalRequested:" + e.actionId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(ResolutionApproved e) {
        count("ResolutionApproved:" + e.actionId(), e.caseId());
    }

    @ApplicationModuleListener
    void on(ResolutionRejected e) {
        count("ResolutionRejected:" + e.actionId(), e.caseId());
    }

    /**
     * Counts one event of a case, unless it was counted before: the case's line is read again and
     * replaces the old one in the roll-ups, in a transaction of its own, tried again (up to three
     * times) when another event of the same new case wrote its line at the same moment.
     */
    public void count(String eventKey, long caseId) {
        for (int tries = 1; ; tries++) {
            try {
                attempt.executeWithoutResult(status -> {
                    store.lockRollups();
                    Instant now = clock.instant();
                    if (store.firstTime(eventKey, now)) {
                        refresh(caseId);
                    }
                });
                return;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException meanwhile) {
                // the case's first two events counted at once on two threads: the other wrote its line first
                if (tries == 3) {
                    throw meanwhile;
                }
            }
        }
    }

    /** Reads the case again and replaces its share of the roll-ups. */
    @Transactional
    public void refresh(long caseId) {
        var before = store.lockedLine(caseId);
        facts.of(caseId).ifPresent(fact -> {
            Places places = new Places(people);
            store.replace(before, CaseLines.of(fact, places.of(fact.ownerId()), calendars.zone()));
        });
    }
}
