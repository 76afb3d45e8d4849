package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.util.Set;

import dev.kantor.people.Office;

/**
 * A placement's office on a day: as placed (front or back), except that today a back-office employee whose
 * measured customer contact makes them hybrid now counts as hybrid, as the directory shows them. Past days
 * have no such measure, so hybrid people count in the back office there.
 *
 * @param today  the business's day today
 * @param hybrid who the directory places in the hybrid office today
 */
record Offices(LocalDate today, Set<Long> hybrid) {

    Office of(Placement placement, LocalDate day) {
        return placement.office() == Office.BACK && day.equals(today) && hybrid.contains(placement.employeeId())
                ? Office.HYBRID
                : placement.office();
    }
}
