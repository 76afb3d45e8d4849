package dev.kantor.reporting.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollupColumnsTest {

    private static final CaseLine LINE = new CaseLine(
            7,
            "KTR-7",
            LocalDate.of(2026, 3, 17),
            "billing",
            "EMAIL",
            "COMPLAINT",
            3,
            "FRONT",
            "REFUND",
            11,
            Collections.nCopies(CaseLine.MEASURES.size(), 1));

    @Test
    void theMonthRollUpIsTheDayRollUpByMonthWithoutTheCaseType() {
        assertThat(RollupColumns.columns(RollupColumns.SERVICE_DAY))
                .isEqualTo("on_day, topic, channel, case_type, department_id, office, outcome");
        assertThat(RollupColumns.columns(RollupColumns.SERVICE_MONTH))
                .isEqualTo("on_month, topic, channel, department_id, office, outcome");
        assertThat(RollupColumns.values(RollupColumns.SERVICE_MONTH, LINE))
                .isEqualTo(List.of(Date.valueOf("2026-03-01"), "billing", "EMAIL", 3L, "FRONT", "REFUND"));
        assertThat(RollupColumns.SERVICE_MONTH.get(0).fromFiner())
                .isEqualTo("cast(date_trunc('month', on_day) as date)");
    }

    @Test
    void aCasesLineHoldsItsIdReferenceEveryDayDimensionAndWhoServedIt() {
        assertThat(RollupColumns.columns(RollupColumns.CASE))
                .isEqualTo("case_id, reference, on_day, topic, channel, case_type, department_id, office, outcome,"
                        + " employee_id");
        assertThat(RollupColumns.values(RollupColumns.EMPLOYEE_DAY, LINE))
                .isEqualTo(List.of(Date.valueOf("2026-03-17"), 11L));
        assertThat(LINE.sameServiceDimensions(LINE)).isTrue();
    }

    @Test
    void everyMeasureIsNamedOnceAndCountedByItsOwnRule() {
        assertThat(CaseLine.MEASURES).doesNotHaveDuplicates().hasSize(CaseLines.MEASURES.size());
        assertThat(RollupColumns.sums())
                .startsWith("sum(opened), sum(responded_met)")
                .endsWith("sum(sent_for_approval)");
    }
}
