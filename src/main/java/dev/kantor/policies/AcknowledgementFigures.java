package dev.kantor.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Who was asked to acknowledge which policy version and whether they did, for HR's dashboard: the raw
 * facts, one per version and person, for the reader to count as they group them (per version, department,
 * office) and to list the people behind a figure.
 */
public interface AcknowledgementFigures {

    /**
     * One person asked to acknowledge one version.
     *
     * @param departmentId   the person's department when they were asked
     * @param dueOn          the day by which it is due
     * @param acknowledgedAt when they acknowledged it, or null while it is open
     */
    record Asked(long versionId, long employeeId, long departmentId, LocalDate dueOn, Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        /** Open after the day it was due. */
        public boolean overdueOn(LocalDate today) {
            return acknowledgedAt == null && dueOn.isBefore(today);
        }
    }

    /** Everyone asked between the two moments (from inclusive, to exclusive), by version and person. */
    List<Asked> askedBetween(Instant from, Instant to);

    /** A version's title in the reader's language with its number, e.g. "Dress code (2)". */
    String versionTitle(long versionId, Locale locale);
}
