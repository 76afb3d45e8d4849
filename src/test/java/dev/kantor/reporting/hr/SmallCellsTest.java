package dev.kantor.reporting.hr;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared assessment results never show a count that stands for fewer than three people, nor one that can be worked out. */
class SmallCellsTest {

    private static Map<String, Long> cells(long... counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            cells.put("r" + i, counts[i]);
        }
        return cells;
    }

    @Test
    void showsEveryCountOfThreeOrMorePeopleAndZeros() {
        assertThat(SmallCells.shown(cells(0, 3, 7, 0, 12))).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4");
    }

    @Test
    void hidesACountOfOneOrTwoPeopleAndTheSmallestOtherSoThatItCannotBeWorkedOutFromTheTotal() {
        Set<String> shown = SmallCells.shown(cells(1, 5, 9, 0, 4));
        assertThat(shown).doesNotContain("r0").doesNotContain("r4").contains("r1", "r2", "r3");
    }

    @Test
    void twoSmallCountsAddingUpToThreeOrMoreHideEachOtherWithoutMore() {
        Set<String> shown = SmallCells.shown(cells(2, 2, 9, 0, 4));
        assertThat(shown).containsExactlyInAnyOrder("r2", "r3", "r4");
    }

    @Test
    void hidesAGroupOfFewerThanThreePeopleWhole() {
        assertThat(SmallCells.shown(cells(0, 2, 0, 0, 0))).isEmpty();
        assertThat(SmallCells.shown(cells(1, 1, 0, 0, 0))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1234, 98765})
    void neverShowsACountOfOneOrTwoAndNeverLeavesWhatIsHiddenToBeWorkedOut(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < 5; i++) {
                counts.put("r" + i, (long) random.nextInt(random.nextBoolean() ? 4 : 12));
            }
            Set<String> shown = SmallCells.shown(counts);
            long hiddenSum = 0;
            int hidden = 0;
            for (var e : counts.entrySet()) {
                if (shown.contains(e.getKey())) {
                    assertThat(e.getValue()).as("shown %s", counts).isNotIn(1L, 2L);
                } else {
                    hiddenSum += e.getValue();
                    hidden++;
                }
            }
            // what is hidden is nothing, or at least two cells standing for three or more people together
            assertThat(hidden == 0 || hidden == counts.size() || (hidden >= 2 && hiddenSum >= SmallCells.FEWEST))
                    .as("hidden of %s: %s cells, %s people", counts, hidden, hiddenSum)
                    .isTrue();
        }
    }
}
