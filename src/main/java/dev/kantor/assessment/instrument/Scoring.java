package dev.kantor.assessment.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;

/**
 * Scores a complete set of answers: each dimension's mean keyed answer (reversed statements turned
 * round), put on 0 to 100 ({@code (mean - 1) * 25}); overall, the mean of the dimensions as they
 * point to the front office.
 */
public final class Scoring {

    /** A dimension's mean from which it points to its high end's office: "agree" on average. */
    public static final double HIGH_MEAN = 3.5;
    /** A dimension's mean up to which it points to the other office: "disagree" on average. */
    public static final double LOW_MEAN = 2.5;
    /** Overall, from this far towards the front (0 to 100) the answers point to the front office. */
    public static final int FRONT_FROM = 60;
    /** Overall, up to this far towards the front the answers point to the back office. */
    public static final int BACK_UP_TO = 40;

    private Scoring() {}

    public static Result score(Answers answers) {
        List<DimensionScore> scores = new ArrayList<>();
        for (Map.Entry<Dimension, List<Statement>> entry :
                Instrument.byDimension().entrySet()) {
            int sum = 0;
            for (Statement statement : entry.getValue()) {
                sum += answers.keyed(statement);
            }
            double mean = (double) sum / entry.getValue().size();
            scores.add(dimension(entry.getKey(), mean));
        }
        double towardsFront = scores.stream()
                .mapToDouble(DimensionScore::towardsFront)
                .average()
                .orElse(50);
        int frontIndex = (int) Math.round(towardsFront);
        Leaning overall =
                frontIndex >= FRONT_FROM ? Leaning.FRONT : frontIndex <= BACK_UP_TO ? Leaning.BACK : Leaning.EITHER;
        return new Result(scores, frontIndex, overall);
    }

    /** A dimension's score from its mean keyed answer. */
    static DimensionScore dimension(Dimension dimension, double mean) {
        int score = (int) Math.round((mean - Instrument.LOWEST) * 100 / (Instrument.HIGHEST - Instrument.LOWEST));
        Leaning pointsTo = mean >= HIGH_MEAN
                ? dimension.highPointsTo()
                : mean <= LOW_MEAN ? dimension.highPointsTo().opposite() : Leaning.EITHER;
        return new DimensionScore(dimension, mean, score, pointsTo);
    }
}
