package dev.kantor.reporting.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.TargetOutcome;
import dev.kantor.reporting.rollup.CaseLines.Place;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLinesTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    static CaseFact fact(CaseType type, Instant resolvedAt, Integer rating, ResolutionType outcome, Long owner) {
        return new CaseFact(
                1,
                "KTR-1",
                Channel.EMAIL,
                type,
                "billing",
                Priority.HIGH,
                resolvedAt == null ? CaseStatus.OPEN : CaseStatus.RESOLVED,
                owner,
                Instant.parse("2026-11-01T20:00:00Z"),
                resolvedAt,
                TargetOutcome.MET,
                resolvedAt == null ? TargetOutcome.RUNNING : TargetOutcome.BREACHED,
                resolvedAt != null,
                rating,
                2,
                1,
                outcome);
    }

    @Test
    void aCaseCountsOnTheDayItWasOpenedInTheBusinesssZone() {
        CaseLine line = CaseLines.of(fact(CaseType.QUESTION, null, null, null, 12L), new Place(3, "FRONT"), JAKARTA);

        assertThat(line.day()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(line.departmentId()).isEqualTo(3);
        assertThat(line.office()).isEqualTo("FRONT");
        assertThat(line.employeeId()).isEqualTo(12);
    }

    @Test
    void aResolvedComplaintCountsItsOutcomeTargetsRatingAndActions() {
        CaseLine line = CaseLines.of(
                fact(CaseType.COMPLAINT, Instant.parse("2026-11-02T05:00:00Z"), 4, ResolutionType.REFUND, 12L),
                new Place(3, "HYBRID"),
                JAKARTA);

        assertThat(line.outcome()).isEqualTo("REFUND");
        assertThat(line.measure("opened")).isEqualTo(1);
        assertThat(line.measure("responded_met")).isEqualTo(1);
        assertThat(line.measure("responded_breached")).isZero();
        assertThat(line.measure("resolved_breached")).isEqualTo(1);
        assertThat(line.measure("resolved")).isEqualTo(1);
        assertThat(line.measure("first_contact")).isEqualTo(1);
        assertThat(line.measure("complaints")).isEqualTo(1);
        assertThat(line.measure("rated")).isEqualTo(1);
        assertThat(line.measure("rating_sum")).isEqualTo(4);
        assertThat(line.measure("within_authority")).isEqualTo(2);
        assertThat(line.measure("sent_for_approval")).isEqualTo(1);
    }

    @Test
    void anOpenCaseOfNobodyCountsNoResolutionAndNoComplaintOutcome() {
        CaseLine line = CaseLines.of(fact(CaseType.REQUEST, null, null, null, null), Place.NOBODY, JAKARTA);

        assertThat(line.outcome()).isEqualTo(CaseLine.NOT_A_COMPLAINT);
        assertThat(line.employeeId()).isZero();
        assertThat(line.office()).isEqualTo(CaseLine.NONE);
        assertThat(line.measure("resolved")).isZero();
        assertThat(line.measure("first_contact")).isZero();
        assertThat(line.measure("resolved_met") + line.measure("resolved_breached"))
                .isZero();
    }
}
