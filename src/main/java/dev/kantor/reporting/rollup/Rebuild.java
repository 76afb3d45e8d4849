package dev.kantor.reporting.rollup;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseFacts;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the case roll-ups from scratch, from cases' {@link CaseFacts} page by page: every case's
 * line written in batches, then both day roll-ups summed from the lines in one statement each, all
 * in one transaction, so that the dashboards show the old figures until the new ones are complete. It
 * holds the roll-ups' lock throughout: events of cases counted meanwhile wait for it (or fail and are
 * delivered again) and then replace the rebuilt lines of their cases.
 * Handoff figures are kept: routing offers no history of handoffs to read them again from.
 */
@Component
public class Rebuild {

    static final int PAGE = 5_000;

    private final CaseFacts facts;
    private final RollupStore store;
    private final People people;
    private final BusinessCalendars calendars;

    Rebuild(CaseFacts facts, RollupStore store, People people, BusinessCalendars calendars) {
        this.facts = facts;
        this.store = store;
        this.people = people;
        this.calendars = calendars;
    }

    /** Rebuilds and answers how many cases were counted. */
    @Transactional
    public long run() {
        store.lockRollups();
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
}
