package dev.kantor.assessment.instrument;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;

/**
 * A dimension's score: the mean of its keyed answers (1 to 5), the same on a 0 to 100 scale, and
 * where it points. A mean of {@value Scoring#HIGH_MEAN} or more points to the office the dimension's
 * high end belongs to, {@value Scoring#LOW_MEAN} or less to the other, anything between to either.
 */
public record DimensionScore(Dimension dimension, double mean, int score, Leaning pointsTo) {

    /** The message key of the plain-words reading of this score: high, middle or low. */
    public String explanationKey() {
        String band = mean >= Scoring.HIGH_MEAN ? "high" : mean <= Scoring.LOW_MEAN ? "low" : "middle";
        return "assessment.dimension." + dimension.name() + "." + band;
    }

    /** The score as it points to the front office: 100 means all the way front, 0 all the way back. */
    public double towardsFront() {
        return dimension.highPointsTo() == Leaning.FRONT ? score : 100 - score;
    }
}
