package dev.kantor.arrangements;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.policies.ArrangementKind;

/**
 * Work arrangements as HR's dashboard counts them: those in force in a period and those waiting for a decision,
 * one per arrangement, for the reader to group (by kind, department, office) and to list the people behind a figure.
 */
public interface ArrangementFigures {

    /**
     * One arrangement.
     *
     * @param coverageOverridden approved although a front-office queue would fall short, with the manager's reason
     */
    record Held(long arrangementId, long employeeId, ArrangementKind kind, boolean coverageOverridden) {}

    /** The approved arrangements whose time overlaps the period (both days included). */
    List<Held> inForceBetween(LocalDate from, LocalDate to);

    /** The requests waiting for their manager's decision now. */
    List<Held> pending();
}
