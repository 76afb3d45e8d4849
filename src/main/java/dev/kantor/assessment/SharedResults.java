package dev.kantor.assessment;

import java.util.List;

import dev.kantor.people.Office;

/**
 * The self-assessment results employees chose to share with HR, counted for HR's dashboard: per dimension and
 * office, how many people's latest shared score falls in each fifth of the 0–100 scale. Only results whose owner
 * shares them with HR are counted; nobody's score is named. The reader hides cells of too few people.
 */
public interface SharedResults {

    /** The lower bounds of the score ranges counted: 0–19, 20–39, 40–59, 60–79, 80–100. */
    List<Integer> RANGES = List.of(0, 20, 40, 60, 80);

    /**
     * How many people of an office have a score of a dimension in the range starting at {@code from}.
     *
     * @param office the person's office today (front, back, hybrid)
     */
    record Bucket(Dimension dimension, Office office, int from, long people) {}

    /** The counts above 0, for the active employees who share their results with HR. */
    List<Bucket> distribution();

    /** How many active people of each office share their results with HR (a dimension's counts add up to it). */
    java.util.Map<Office, Long> sharing();
}
