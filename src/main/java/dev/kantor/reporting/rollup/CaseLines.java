package dev.kantor.reporting.rollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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

    private CaseLines() {}

    public static CaseLine of(CaseFact fact, Place place, ZoneId zone) {
        boolean complaint = fact.type() == CaseType.COMPLAINT;
        String outcome = !complaint
                ? CaseLine.NOT_A_COMPLAINT
                : fact.outcome() == null ? CaseLine.NONE : fact.outcome().name();
        boolean resolved = fact.resolvedAt() != null;
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
                List.of(
                        1,
                        one(fact.firstResponse() == TargetOutcome.MET),
                        one(fact.firstResponse() == TargetOutcome.BREACHED),
                        one(fact.resolution() == TargetOutcome.MET),
                        one(fact.resolution() == TargetOutcome.BREACHED),
                        one(resolved),
                        one(resolved && fact.firstContact()),
                        one(complaint),
                        one(fact.rating() != null),
                        fact.rating() == null ? 0 : fact.rating(),
                        fact.withinAuthority(),
                        fact.sentForApproval()));
    }

    private static int one(boolean yes) {
        return yes ? 1 : 0;
    }
}
