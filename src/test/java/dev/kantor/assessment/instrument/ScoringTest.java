package dev.kantor.assessment.instrument;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    /** Every statement answered the same. */
    static Map<Integer, Integer> all(int answer) {
        Map<Integer, Integer> answers = new HashMap<>();
        Instrument.statements().forEach(s -> answers.put(s.number(), answer));
        return answers;
    }

    /** Agrees (5) with every statement pointing towards the office, disagrees (1) with the rest. */
    static Map<Integer, Integer> pointingTo(Leaning office) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (Statement s : Instrument.statements()) {
            boolean high = s.dimension().highPointsTo() == office;
            answers.put(s.number(), high != s.reversed() ? 5 : 1);
        }
        return answers;
    }

    @Test
    void theQuestionnaireHasFourStatementsPerDimensionAndReversedOnesInEach() {
        assertThat(Instrument.size()).isBetween(24, 36);
        Instrument.byDimension().forEach((dimension, statements) -> {
            assertThat(statements).as(dimension.name()).hasSize(4);
            assertThat(statements).as(dimension.name()).anyMatch(Statement::reversed);
            assertThat(statements).as(dimension.name()).anyMatch(s -> !s.reversed());
        });
        assertThat(Instrument.byDimension()).containsOnlyKeys(Dimension.values());
    }

    @Test
    void reversedStatementsCountTurnedRound() {
        Statement reversed = Instrument.statement(9);
        assertThat(reversed.reversed()).isTrue();
        assertThat(reversed.keyed(5)).isEqualTo(1);
        assertThat(reversed.keyed(4)).isEqualTo(2);
        assertThat(reversed.keyed(3)).isEqualTo(3);
        assertThat(Instrument.statement(1).keyed(5)).isEqualTo(5);
    }

    @Test
    void agreeingWithEverythingIsNoProfile() {
        // reversed statements pull every dimension back to the middle: "yes to all" points nowhere
        Result result = Scoring.score(Answers.of(all(5)));
        assertThat(result.scores()).allSatisfy(s -> assertThat(s.score()).isLessThan(100));
        assertThat(result.of(Dimension.AUTONOMY).mean()).isEqualTo(3.0);
        assertThat(result.of(Dimension.AUTONOMY).pointsTo()).isEqualTo(Leaning.EITHER);
        assertThat(result.overall()).isEqualTo(Leaning.EITHER);
    }

    @Test
    void answersForTheFrontOfficePointThereOnEveryDimension() {
        Result result = Scoring.score(Answers.of(pointingTo(Leaning.FRONT)));
        assertThat(result.frontIndex()).isEqualTo(100);
        assertThat(result.overall()).isEqualTo(Leaning.FRONT);
        assertThat(result.count(Leaning.FRONT)).isEqualTo(Dimension.values().length);
        assertThat(result.of(Dimension.PEOPLE).score()).isEqualTo(100);
        assertThat(result.of(Dimension.AUTONOMY).score()).isZero();
        assertThat(result.of(Dimension.AUTONOMY).explanationKey()).isEqualTo("assessment.dimension.AUTONOMY.low");
        assertThat(result.of(Dimension.PEOPLE).explanationKey()).isEqualTo("assessment.dimension.PEOPLE.high");
    }

    @Test
    void answersForTheBackOfficePointThere() {
        Result result = Scoring.score(Answers.of(pointingTo(Leaning.BACK)));
        assertThat(result.frontIndex()).isZero();
        assertThat(result.overall()).isEqualTo(Leaning.BACK);
        assertThat(result.count(Leaning.BACK)).isEqualTo(Dimension.values().length);
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of(1.0, 0, Leaning.BACK),
                Arguments.of(2.5, 38, Leaning.BACK), // "disagree" on average still points away
                Arguments.of(2.75, 44, Leaning.EITHER),
                Arguments.of(3.25, 56, Leaning.EITHER),
                Arguments.of(3.5, 63, Leaning.FRONT), // "agree" on average points to the dimension's office
                Arguments.of(5.0, 100, Leaning.FRONT));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void aDimensionPointsOnlyFromAgreeOrDisagreeOnAverage(double mean, int score, Leaning pointsTo) {
        DimensionScore people = Scoring.dimension(Dimension.PEOPLE, mean);
        assertThat(people.score()).isEqualTo(score);
        assertThat(people.pointsTo()).isEqualTo(pointsTo);
        // a back-office dimension points the other way at the same mean
        assertThat(Scoring.dimension(Dimension.FOCUS, mean).pointsTo()).isEqualTo(pointsTo.opposite());
    }

    @Test
    void aMissingAnswerIsRefusedAndNamed() {
        Map<Integer, Integer> answers = all(3);
        answers.remove(7);
        answers.remove(32);
        assertThatThrownBy(() -> Answers.of(answers))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("answers[7]", "answers[32]"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 99})
    void anAnswerOutsideOneToFiveIsRefused(int answer) {
        Map<Integer, Integer> answers = all(3);
        answers.put(5, answer);
        assertThatThrownBy(() -> Answers.of(answers))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("answers[5]", "assessment.answer.range")));
    }

    @Test
    void anAnswerToAStatementThatDoesNotExistIsRefused() {
        Map<Integer, Integer> answers = all(3);
        answers.put(33, 4);
        assertThatThrownBy(() -> Answers.of(answers)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Answers.of(null)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2027})
    void storedAnswersReadBackTheSame(long seed) {
        Random random = new Random(seed);
        Map<Integer, Integer> given = new HashMap<>();
        Instrument.statements().forEach(s -> given.put(s.number(), 1 + random.nextInt(5)));
        Answers answers = Answers.of(given);
        assertThat(Answers.parse(answers.digits())).isEqualTo(answers);
        Result result = Scoring.score(answers);
        assertThat(result.scores()).allSatisfy(s -> assertThat(s.score()).isBetween(0, 100));
        assertThat(result.frontIndex()).isBetween(0, 100);
        // the overall index is the mean of the dimensions as they point to the front
        double mean = result.scores().stream()
                .mapToDouble(DimensionScore::towardsFront)
                .average()
                .orElseThrow();
        assertThat((double) result.frontIndex()).isCloseTo(mean, within(0.5));
    }
}
