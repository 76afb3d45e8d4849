package dev.kantor.reporting.rollup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseFacts;
import dev.kantor.floor.CoverageHistory;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;
import dev.kantor.people.People;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.reporting.RollupsRebuilt;
import dev.kantor.reporting.hr.PlacementRebuild;
import dev.kantor.reporting.rollup.CaseLines.Place;
import dev.kantor.routing.HandoffHistory;
import dev.kantor.routing.PastHandoff;
import dev.kantor.service.RequestFact;
import dev.kantor.service.RequestFacts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every table of reporting's figures from scratch, from the modules' query APIs page by page: cases
 * from cases' {@link CaseFacts}, handoffs from routing's {@link HandoffHistory}, internal requests from
 * service's {@link RequestFacts} (with the ratings of
 * internal satisfaction), coverage from the floor's {@link CoverageHistory}. Lines are written in batches, then the day and month roll-ups summed from
 * them in one statement each, all in one transaction, so that the dashboards show the old figures until the
 * new ones are complete. It holds the roll-ups' lock throughout: events counted meanwhile wait for it (or fail
 * and are delivered again) and then replace the rebuilt lines of their cases and handoffs. One rebuild runs at
 * a time across nodes ({@link RebuildClaim}); each is recorded in the audit trail with who asked, what it
 * counted and how long it took.
 */
@Component
public class Rebuild {

    static final int PAGE = 5_000;

    /** The audit trail's name for reporting's figures. */
    static final String AUDITED = "reporting-figures";

    private final CaseFacts facts;
    private final HandoffHistory handoffs;
    private final RequestFacts requests;
    private final CoverageHistory coverage;
    private final RollupStore store;
    private final CoverageAndRatingStore coverageAndRatings;
    private final People people;
    private final BusinessCalendars calendars;
    private final RebuildClaim claim;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PlacementRebuild placements;

    Rebuild(
            CaseFacts facts,
            HandoffHistory handoffs,
            RequestFacts requests,
            CoverageHistory coverage,
            RollupStore store,
            CoverageAndRatingStore coverageAndRatings,
            People people,
            BusinessCalendars calendars,
            RebuildClaim claim,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions,
            PlacementRebuild placements) {
        this.facts = facts;
        this.handoffs = handoffs;
        this.requests = requests;
        this.coverage = coverage;
        this.store = store;
        this.coverageAndRatings = coverageAndRatings;
        this.people = people;
        this.calendars = calendars;
        this.claim = claim;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.placements = placements;
    }

    /**
     * Rebuilds everything and answers what was counted.
     *
     * @param via how it was asked for (the admin page, the command line), for the audit trail
     * @throws dev.kantor.platform.KantorException conflict while another rebuild runs, on any node
     */
    public RollupsRebuilt run(String via) {
        claim.claim(CurrentUser.username());
        try {
            return transaction.execute(status -> {
                long started = System.nanoTime();
                store.lockRollups();
                coverageAndRatings.lock();
                long cases = rebuildCases();
                long handoffLines = rebuildHandoffs();
                long requestLines = rebuildRequests();
                long intervals = rebuildIntervals();
                long fillIns = rebuildFillIns();
                coverageAndRatings.rollUpCoverage();
                placements.rebuild();
                RollupsRebuilt done = new RollupsRebuilt(
                        cases,
                        handoffLines,
                        requestLines,
                        coverageAndRatings.ratings(),
                        intervals,
                        fillIns,
                        Duration.ofNanos(System.nanoTime() - started));
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("via", via);
                facts.put("cases", Long.toString(done.cases()));
                facts.put("handoffs", Long.toString(done.handoffs()));
                facts.put("requests", Long.toString(done.requests()));
                facts.put("ratings", Long.toString(done.ratings()));
                facts.put("intervals", Long.toString(done.intervals()));
                facts.put("fill-ins", Long.toString(done.fillIns()));
                facts.put(
                        "seconds",
                        String.format(java.util.Locale.ROOT, "%.1f", done.took().toMillis() / 1000.0));
                audit.noted(AUDITED, Instant.now(clock).toEpochMilli(), "rollups", AuditAction.UPDATED, facts);
                claim.upgradeRebuilt();
                return done;
            });
        } finally {
            claim.release();
        }
    }

    private long rebuildCases() {
        store.clearCases();
        Places places = new Places(people);
        long after = 0;
        while (true) {
            List<CaseFact> page = facts.after(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<CaseLine> lines = new ArrayList<>(page.size());
            for (CaseFact fact : page) {
                lines.add(CaseLines.of(fact, places.of(fact.ownerId()), calendars.zone()));
            }
            store.insertLines(lines);
            after = page.get(page.size() - 1).caseId();
        }
        store.rollUpLines();
        return store.caseLines();
    }

    /** After the cases, so that each handoff's channel is read from its case's fresh line. */
    private long rebuildHandoffs() {
        store.clearHandoffs();
        long after = 0;
        while (true) {
            List<PastHandoff> page = handoffs.after(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, String> channels = store.channelsOf(
                    page.stream().map(PastHandoff::caseId).distinct().toList());
            List<HandoffLine> lines = new ArrayList<>(page.size());
            for (PastHandoff handoff : page) {
                String channel = channels.getOrDefault(handoff.caseId(), Place.NOBODY.office());
                lines.add(HandoffLine.of(handoff, channel, calendars.zone()));
            }
            store.insertHandoffs(lines);
            after = page.get(page.size() - 1).handoffId();
        }
        store.rollUpHandoffs();
        return store.handoffLines();
    }

    /** Requests and their ratings, in one pass over service's requests. */
    private long rebuildRequests() {
        store.clearRequests();
        coverageAndRatings.clearRatings();
        long after = 0;
        while (true) {
            List<RequestFact> page = requests.after(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            store.insertRequests(page, calendars.zone());
            coverageAndRatings.insertRatings(page, calendars.zone());
            after = page.get(page.size() - 1).requestId();
        }
        coverageAndRatings.rollUpRatings();
        return store.requestLines();
    }

    /** Clears all coverage (intervals, fill-ins and their days), so it comes first. */
    private long rebuildIntervals() {
        coverageAndRatings.clearCoverage();
        IntervalCovered after = null;
        while (true) {
            List<IntervalCovered> page = coverage.intervalsAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            coverageAndRatings.insertIntervals(page, calendars.zone());
            after = page.get(page.size() - 1);
        }
        return coverageAndRatings.intervals();
    }

    /** Each fill-in under its manager's department, as the listener counts it. */
    private long rebuildFillIns() {
        Places places = new Places(people);
        long after = 0;
        while (true) {
            List<FillInEnded> page = coverage.fillInsAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            coverageAndRatings.insertFillIns(
                    page,
                    employee -> {
                        Place place = places.of(employee);
                        return place == Place.NOBODY ? null : place.departmentId();
                    },
                    calendars.zone());
            after = page.get(page.size() - 1).fillInId();
        }
        return coverageAndRatings.fillIns();
    }
}
