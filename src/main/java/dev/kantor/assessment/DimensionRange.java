package dev.kantor.assessment;

/** The scores (0 to 100) a role profile wishes for on one dimension, both ends included. */
public record DimensionRange(int low, int high) {

    public boolean contains(int score) {
        return score >= low && score <= high;
    }

    /** How far a score lies outside the range: 0 inside it. */
    public int distance(int score) {
        return score < low ? low - score : score > high ? score - high : 0;
    }
}
