package dev.kantor.cases.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;

/**
 * The entries a new case's timeline starts with: how it came in, and what the customer said. A
 * description an employee typed (a walk-in, a call) is in their words, so it stays internal
 * (see {@link CaseTimeline#customerSees}).
 */
final class OpeningEntries {

    private OpeningEntries() {}

    /** @param loggedBy the employee who logged the contact; null when the customer wrote in */
    static List<TimelineEntry> of(CustomerCase c, NewCase input, Long loggedBy, Instant at) {
        boolean byCustomer = loggedBy == null;
        List<TimelineEntry> entries = new ArrayList<>(2);
        entries.add(CaseTimeline.draft(
                c.getId(), at, EntryKind.OPENED, loggedBy, byCustomer, null, EntryDetail.of(input.channel())));
        if (input.message() != null && !input.message().isBlank()) {
            entries.add(CaseTimeline.draft(
                    c.getId(),
                    at,
                    EntryKind.CUSTOMER_MESSAGE,
                    loggedBy,
                    byCustomer,
                    input.message().strip(),
                    null));
        }
        return entries;
    }
}
