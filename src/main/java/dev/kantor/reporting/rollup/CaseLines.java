package dev.kantor.reporting.rollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToIntFunction;

import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.TargetOutcome;

/**
 * How a case counts: on the day it was opened (in the business's zone), under the department and
 * office of whoever served it. Plain Java.
 */
public final class CaseLines {

    /** Where the employee who served a case works; {@link #NOBODY} when nobody did. */
    public record Place(long departmentId, String office) {
        public static final Place NOBODY = new Place(0, CaseLine.NONE);
    }

    /** A measure: its column in reporting's tables and how one case counts in it. */
    public record Measure(String column, ToIntFunction<CaseFact> of) {}

    /**
     * Every measure of a case, in the order of the lines' measures: a new figure is one line here (and its
     * column in a migration of reporting_case and the roll-ups).
     */
    public static final List<Measure> MEASURES = List.of(
            new Measure("opened", fact -> 1),
            new Measure("responded_met", fact -> one(fact.firstResponse() == TargetOutcome.MET)),
            new Measure("responded_breached", fact -> one(fact.firstResponse() == TargetOutcome.BREACHED)),
            new Measure("resolved_met", fact -> one(fact.resolution() == TargetOutcome.MET)),
            new Measure("resolved_breached", fact -> one(fact.resolution() == TargetOutcome.BREACHED)),
            new Measure("resolved", fact -> one(fact.resolvedAt() != null)),
            new Measure("first_contact", fact -> one(fact.resolvedAt() != null && fact.firstContact())),
            new Measure("complaints", fact -> one(fact.type() == CaseType.COMPLAINT)),
            new Measure("rated", fact -> one(fact.rating() != null)),
            new Measure("rating_sum", fact -> fact.rating() == null ? 0 : fact.rating()),
            new Measure("within_authority", CaseFact::withinAuthority),
            new Measure("sent_for_approval", CaseFact::sentForApproval));

    private CaseLines() {}

    public static CaseLine of(CaseFact fact, Place place, ZoneId zone) {
        boolean complaint = fact.type() == CaseType.COMPLAINT;
        String outcome = !complaint
                ? CaseLine.NOT_A_COMPLAINT
                : fact.outcome() == null ? CaseLine.NONE : fact.outcome().name();
        return new CaseLine(
                fact.caseId(),
                fact.reference(),
                LocalDate.ofInstant(fact.openedAt(), zone),
                fact.topic(),
                fact.channel().name(),
                fact.type().name(),
                place.departmentId(),
                place.office(),
                outcome,
                fact.ownerId() == null ? 0 : fact.ownerId(),
                MEASURES.stream().map(m -> m.of().applyAsInt(fact)).toList());
    }

    private static int one(boolean yes) {
        return yes ? 1 : 0;
    }
}
