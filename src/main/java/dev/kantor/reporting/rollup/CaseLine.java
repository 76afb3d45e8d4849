package dev.kantor.reporting.rollup;

import java.time.LocalDate;
import java.util.List;

/**
 * One case's share of its day's figures: the dimensions it is counted under and its measures, in
 * the order of {@link #MEASURES} (0 or 1 each but the rating's stars).
 *
 * @param departmentId the serving employee's department; 0 when nobody served it
 * @param office       the serving employee's office (FRONT, BACK, HYBRID) or NONE
 * @param outcome      a complaint's outcome (the resolution type, or NONE); "-" for other cases
 * @param employeeId   who served it; 0 when nobody did
 */
public record CaseLine(
        long caseId,
        String reference,
        LocalDate day,
        String topic,
        String channel,
        String caseType,
        long departmentId,
        String office,
        String outcome,
        long employeeId,
        List<Integer> measures) {

    /** The measures' columns, in order: those of {@link CaseLines#MEASURES}. */
    public static final List<String> MEASURES =
            CaseLines.MEASURES.stream().map(CaseLines.Measure::column).toList();

    /** Outcome of a case that is no complaint. */
    public static final String NOT_A_COMPLAINT = "-";

    /** Office, outcome or department of nobody. */
    public static final String NONE = "NONE";

    public CaseLine {
        measures = List.copyOf(measures);
        if (measures.size() != MEASURES.size()) {
            throw new IllegalArgumentException("one value per measure");
        }
    }

    /** The value of one measure by its column name. */
    public int measure(String column) {
        return measures.get(MEASURES.indexOf(column));
    }

    /** Whether this line counts under the same service dimensions as another. */
    public boolean sameServiceDimensions(CaseLine other) {
        return RollupColumns.values(RollupColumns.SERVICE_DAY, this)
                .equals(RollupColumns.values(RollupColumns.SERVICE_DAY, other));
    }
}
