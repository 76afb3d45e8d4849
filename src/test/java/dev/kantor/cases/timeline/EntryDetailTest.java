package dev.kantor.cases.timeline;

import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Channel;
import dev.kantor.cases.ResolutionType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeline details are written and read in one place; what is written reads back the same. */
class EntryDetailTest {

    private static TimelineEntry entry(EntryKind kind, String detail) {
        return new TimelineEntry(1, 1, Instant.EPOCH, kind, true, null, false, null, detail);
    }

    @Test
    void channelsStatusesEmployeesAndStarsReadBackAsWritten() {
        assertThat(entry(EntryKind.OPENED, EntryDetail.of(Channel.WALK_IN)).channel())
                .contains(Channel.WALK_IN);
        assertThat(entry(EntryKind.STATUS, EntryDetail.of(CaseStatus.RESOLVED)).status())
                .contains(CaseStatus.RESOLVED);
        assertThat(entry(EntryKind.OWNER, EntryDetail.employee(42)).employeeId())
                .contains(42L);
        assertThat(entry(EntryKind.RATED, EntryDetail.stars(4)).stars()).hasValue(4);
    }

    @Test
    void anActionReadsBackWithItsAmountAndTheApproverAsked() {
        assertThat(entry(EntryKind.ACTION_CARRIED_OUT, EntryDetail.action(ResolutionType.REFUND, 2_500_000))
                        .action())
                .contains(new EntryDetail.Action(ResolutionType.REFUND, 2_500_000, null));
        assertThat(entry(EntryKind.ACTION_PENDING, EntryDetail.askingApprover(ResolutionType.REFUND, 2_500_000, 9))
                        .action())
                .contains(new EntryDetail.Action(ResolutionType.REFUND, 2_500_000, 9L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "REFUND", "REFUND lots", "TELEPORT 5", "12x", "-3", "99999999999999999999"})
    void aDetailThatCannotBeReadAnswersEmptyInsteadOfBreakingThePage(String damaged) {
        TimelineEntry e = entry(EntryKind.ACTION_CARRIED_OUT, damaged);

        assertThat(e.action()).isEmpty();
        assertThat(e.employeeId()).isEmpty();
        assertThat(e.channel()).isEmpty();
        assertThat(e.status()).isEmpty();
        assertThat(entry(EntryKind.RATED, damaged).stars()).isEmpty();
        assertThat(entry(EntryKind.RATED, null).stars()).isEmpty();
    }

    @Test
    void starsOutsideOneToFiveAreNotStars() {
        assertThat(entry(EntryKind.RATED, "0").stars()).isEmpty();
        assertThat(entry(EntryKind.RATED, "6").stars()).isEmpty();
    }
}
