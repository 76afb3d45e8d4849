package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.kantor.people.LeftOrCameBack;
import dev.kantor.people.Office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellsTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
    private static final Placement NOW = new Placement(7, TODAY, null, Office.FRONT, 1, 10);

    private static LeftOrCameBack on(LocalDate day, boolean left) {
        // late in the evening in Jakarta, which is the next day nowhere but the same day there
        return new LeftOrCameBack(day.atTime(22, 30).atZone(JAKARTA).toInstant(), left);
    }

    private static Placement stretch(LocalDate from, LocalDate until) {
        return new Placement(7, from, until, Office.FRONT, 1, 10);
    }

    @Test
    void someoneActiveWithNoRecordedDepartureCountsFromTheirHiringDay() {
        assertThat(Spells.of(NOW, true, HIRED, List.of(), JAKARTA, TODAY)).containsExactly(stretch(HIRED, null));
    }

    @Test
    void someoneWhoLeftCountsUntilTheDayTheAuditTrailSaysInTheBusinessZone() {
        LocalDate left = LocalDate.of(2025, 9, 30);

        assertThat(Spells.of(NOW, false, HIRED, List.of(on(left, true)), JAKARTA, TODAY))
                .containsExactly(stretch(HIRED, left));
    }

    @Test
    void leavingAndComingBackLeavesAGap() {
        LocalDate left = LocalDate.of(2025, 5, 1);
        LocalDate back = LocalDate.of(2025, 8, 1);

        assertThat(Spells.of(NOW, true, HIRED, List.of(on(left, true), on(back, false)), JAKARTA, TODAY))
                .containsExactly(stretch(HIRED, left), stretch(back, null));
    }

    @Test
    void someoneInactiveWhoseLeavingWasNeverRecordedIsCountedOnNoDay() {
        assertThat(Spells.of(NOW, false, HIRED, List.of(), JAKARTA, TODAY)).isEmpty();
    }
}
