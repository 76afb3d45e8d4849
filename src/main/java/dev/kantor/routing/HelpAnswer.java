package dev.kantor.routing;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "who can help with this topic now?": people available now, best first, and the
 * fallback that applies when none of them accepts. The fallback is always there, so the answer
 * is never empty.
 *
 * @param helpers        available qualified people, best first, at most as many as asked for;
 *                       those who do not speak the customer's language come last and are marked so
 * @param availableCount how many qualified people are available now in all, listed or not
 * @param fallback       where the customer goes when nobody (more) can take them
 */
public record HelpAnswer(
        String topic, String language, List<Candidate> helpers, int availableCount, Fallback fallback) {

    /** Why nobody is listed, when nobody is. */
    public enum Reason {
        NOBODY_QUALIFIED,
        NOBODY_AVAILABLE
    }

    /**
     * The topic's team queue, with the on-duty manager alerted, and when a qualified person is
     * expected back.
     *
     * @param reason          null when there are helpers; the fallback is what happens if all decline
     * @param earliestBack    the earliest time someone qualified said they would be back; null if nobody did
     * @param earliestBackId  who that is
     */
    public record Fallback(
            Reason reason, Long teamDepartmentId, Instant earliestBack, Long earliestBackId, String earliestBackName) {}

    public boolean anyoneNow() {
        return !helpers.isEmpty();
    }
}
