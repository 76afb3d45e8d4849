package dev.kantor.assessment.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kantor.assessment.Dimension;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReliabilityTest {

    /**
     * Worked by hand: three items, four respondents.
     * <pre>
     *        i1 i2 i3 | total
     *   r1    1  2  1 |   4
     *   r2    2  2  3 |   7
     *   r3    4  3  4 |  11
     *   r4    5  5  4 |  14
     * </pre>
     * Item means are all 3; sums of squared deviations 10, 6 and 6, so the sample variances are
     * 10/3, 2 and 2, summing to 22/3. Totals have mean 9 and squared deviations 25 + 4 + 4 + 25 = 58,
     * variance 58/3. Alpha = 3/2 * (1 - (22/3) / (58/3)) = 3/2 * 36/58 = 54/58 = 0.93103...
     * <p>
     * Item 1 against the rest (i2 + i3 = 3, 5, 7, 9; mean 6, deviations -3, -1, 1, 3): products of
     * deviations 6 + 1 + 1 + 6 = 14, squares 10 and 20, r = 14 / sqrt(200) = 0.98995...
     */
    static final int[][] HAND_WORKED = {{1, 2, 1}, {2, 2, 3}, {4, 3, 4}, {5, 5, 4}};

    @Test
    void alphaMatchesTheHandWorkedExample() {
        assertThat(Reliability.alpha(HAND_WORKED)).isCloseTo(54.0 / 58.0, within(1e-12));
    }

    @Test
    void itemTotalCorrelationMatchesTheHandWorkedExample() {
        double[] r = Reliability.itemTotal(HAND_WORKED);
        assertThat(r[0]).isCloseTo(14 / Math.sqrt(200), within(1e-12));
        // item 3 against i1 + i2 = 3, 4, 7, 10 (mean 6, deviations -3, -2, 1, 4; squares 30);
        // item 3's deviations -2, 0, 1, 1 (squares 6); products 6 + 0 + 1 + 4 = 11
        assertThat(r[2]).isCloseTo(11 / Math.sqrt(6 * 30), within(1e-12));
    }

    @Test
    void alphaCannotBeToldFromOneRespondentOrTotalsThatDoNotVary() {
        assertThat(Reliability.alpha(new int[][] {{1, 2, 3}})).isNaN();
        assertThat(Reliability.alpha(new int[][] {{3, 3}, {3, 3}, {3, 3}})).isNaN();
        assertThat(Reliability.itemTotal(new int[][] {{3, 1}, {3, 5}})[0]).isNaN();
    }

    @Test
    void aStatementAnsweredAtRandomStandsOutAsWeak() {
        // 200 people whose answers follow one trait per dimension, except statement 1, answered at random
        Random random = new Random(17);
        List<Answers> answers = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            Map<Dimension, Integer> trait = new HashMap<>();
            for (Dimension d : Dimension.values()) {
                trait.put(d, 1 + random.nextInt(5));
            }
            Map<Integer, Integer> given = new HashMap<>();
            for (Statement s : Instrument.statements()) {
                int keyed = Math.max(1, Math.min(5, trait.get(s.dimension()) + random.nextInt(3) - 1));
                int answer = s.reversed() ? 6 - keyed : keyed;
                given.put(s.number(), s.number() == 1 ? 1 + random.nextInt(5) : answer);
            }
            answers.add(Answers.of(given));
        }
        List<DimensionQuality> quality = DimensionQuality.of(answers);
        DimensionQuality autonomy = quality.stream()
                .filter(q -> q.dimension() == Dimension.AUTONOMY)
                .findFirst()
                .orElseThrow();
        assertThat(autonomy.items().get(0).weak()).isTrue();
        assertThat(autonomy.items().subList(1, 4)).noneMatch(DimensionQuality.ItemQuality::weak);
        assertThat(quality.stream().filter(q -> q.dimension() == Dimension.PEOPLE))
                .allSatisfy(q -> assertThat(q.acceptable()).isTrue());
    }
}
