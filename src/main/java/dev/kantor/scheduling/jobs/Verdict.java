package dev.kantor.scheduling.jobs;

import java.util.List;

/**
 * The independent checker's verdict on an answer: valid when it breaks no rule (short intervals
 * that the answer reports are no broken rule).
 *
 * @param violationCount every broken rule, of which at most {@link #MAX_LISTED} are listed
 */
public record Verdict(boolean valid, int violationCount, List<Violation> violations) {

    static final int MAX_LISTED = 500;

    public Verdict {
        violations = List.copyOf(violations);
    }

    /**
     * A broken rule: which, whose, on which date and in which interval, and a detail in English.
     *
     * @param interval the start of the interval ({@code HH:mm}), if the rule is about one
     */
    public record Violation(String kind, String agent, String date, String interval, String detail) {}
}
