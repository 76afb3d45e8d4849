package dev.kantor.reporting.rollup;

import java.sql.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the case roll-ups, each named once: the dimensions of each table with a case line's value in
 * them, and the measures ({@link CaseLine#MEASURES}) every table sums. The month roll-up (V65) is the day
 * roll-up (V55) by month and without the case type, so it is derived from the day's list here; a new dimension
 * or figure is one line in this class or in {@link CaseLines}, and one column in a migration.
 */
final class RollupColumns {

    /**
     * A dimension: its column, a line's value in it, and how it is read from the finer table it is summed from
     * (the month from a day, the same column otherwise).
     */
    record Dimension(String column, Function<CaseLine, Object> value, String fromFiner) {

        Dimension(String column, Function<CaseLine, Object> value) {
            this(column, value, column);
        }
    }

    static final Dimension DAY = new Dimension("on_day", line -> Date.valueOf(line.day()));
    static final Dimension CASE_TYPE = new Dimension("case_type", CaseLine::caseType);
    static final Dimension EMPLOYEE = new Dimension("employee_id", CaseLine::employeeId);

    /** reporting_service_day: the cases of a day per topic, channel, type, serving department and office, outcome. */
    static final List<Dimension> SERVICE_DAY = List.of(
            DAY,
            new Dimension("topic", CaseLine::topic),
            new Dimension("channel", CaseLine::channel),
            CASE_TYPE,
            new Dimension("department_id", CaseLine::departmentId),
            new Dimension("office", CaseLine::office),
            new Dimension("outcome", CaseLine::outcome));

    /** reporting_service_month: the day's dimensions by the month's first day, without the case type. */
    static final List<Dimension> SERVICE_MONTH = Stream.concat(
                    Stream.of(new Dimension(
                            "on_month",
                            line -> Date.valueOf(line.day().withDayOfMonth(1)),
                            "cast(date_trunc('month', on_day) as date)")),
                    SERVICE_DAY.stream().filter(d -> d != DAY && d != CASE_TYPE))
            .toList();

    /** reporting_employee_day: the cases of a day per serving employee. */
    static final List<Dimension> EMPLOYEE_DAY = List.of(DAY, EMPLOYEE);

    /** reporting_case: each case's line, by its id, with every dimension a roll-up groups by. */
    static final List<Dimension> CASE = Stream.concat(
                    Stream.of(
                            new Dimension("case_id", CaseLine::caseId),
                            new Dimension("reference", CaseLine::reference)),
                    Stream.concat(SERVICE_DAY.stream(), Stream.of(EMPLOYEE)))
            .toList();

    private RollupColumns() {}

    /** The dimensions' columns, separated by commas. */
    static String columns(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::column).collect(Collectors.joining(", "));
    }

    /** The measures' columns, separated by commas. */
    static String measures() {
        return String.join(", ", CaseLine.MEASURES);
    }

    /** The sums of the measures, separated by commas. */
    static String sums() {
        return CaseLine.MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
    }

    /** A line's values in the dimensions, in their order. */
    static List<Object> values(List<Dimension> dimensions, CaseLine line) {
        return dimensions.stream().map(d -> d.value().apply(line)).toList();
    }
}
