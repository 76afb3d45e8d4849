package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.util.Optional;

import dev.kantor.people.Office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);

    private static Placement at(long department, LocalDate from, LocalDate until) {
        return new Placement(7, from, until, Office.BACK, department, department * 10);
    }

    @Test
    void aFirstEventStartsTheEmployeeOnTheirHiringDay() {
        PlacementChange change =
                PlacementChange.of(Optional.empty(), Optional.of(at(1, TODAY, null)), false, HIRED, TODAY);

        assertThat(change.open()).contains(at(1, HIRED, null));
        assertThat(change.close()).isEmpty();
    }

    @Test
    void aMoveClosesTheOpenStretchTodayAndOpensTheNewOneFromToday() {
        PlacementChange change = PlacementChange.of(
                Optional.of(at(1, HIRED, null)), Optional.of(at(2, TODAY, null)), true, HIRED, TODAY);

        assertThat(change.close()).contains(at(1, HIRED, TODAY));
        assertThat(change.open()).contains(at(2, TODAY, null));
    }

    @Test
    void theSameEventDeliveredAgainChangesNothing() {
        PlacementChange change = PlacementChange.of(
                Optional.of(at(2, TODAY, null)), Optional.of(at(2, TODAY, null)), true, HIRED, TODAY);

        assertThat(change).isEqualTo(PlacementChange.NOTHING);
    }

    @Test
    void leavingClosesTheOpenStretchAndAnotherDeliveryOfItChangesNothing() {
        PlacementChange left =
                PlacementChange.of(Optional.of(at(1, HIRED, null)), Optional.empty(), true, HIRED, TODAY);
        PlacementChange again = PlacementChange.of(Optional.empty(), Optional.empty(), true, HIRED, TODAY);

        assertThat(left.close()).contains(at(1, HIRED, TODAY));
        assertThat(left.open()).isEmpty();
        assertThat(again).isEqualTo(PlacementChange.NOTHING);
    }

    @Test
    void comingBackStartsAgainTodayNotOnTheHiringDay() {
        PlacementChange change =
                PlacementChange.of(Optional.empty(), Optional.of(at(1, TODAY, null)), true, HIRED, TODAY);

        assertThat(change.open()).contains(at(1, TODAY, null));
    }

    @Test
    void aSecondMoveOnTheSameDayReplacesTheStretchBegunTodaySoThatNoneIsEmpty() {
        PlacementChange change = PlacementChange.of(
                Optional.of(at(2, TODAY, null)), Optional.of(at(3, TODAY, null)), true, HIRED, TODAY);

        assertThat(change.close()).isEmpty();
        assertThat(change.remove()).contains(at(2, TODAY, null));
        assertThat(change.open()).contains(at(3, TODAY, null));
    }

    @Test
    void someoneHiredInTheFutureCountsFromTodayAsTheDirectoryDoes() {
        PlacementChange change =
                PlacementChange.of(Optional.empty(), Optional.of(at(1, TODAY, null)), false, TODAY.plusDays(20), TODAY);

        assertThat(change.open()).contains(at(1, TODAY, null));
    }
}
