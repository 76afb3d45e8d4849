package dev.kantor.floor.breaks;

import java.time.Instant;

/**
 * Kantor's answer to "may I take my break now?".
 *
 * @param verdict   yes now, a later start, or no start in the window keeps the queue covered
 * @param start     the start offered: now for {@link Verdict#YES}, the earliest start that keeps coverage
 *                  for {@link Verdict#LATER}, the least-bad start for {@link Verdict#NONE}
 * @param end       when the break offered ends
 * @param shortFrom why not now (or why not at all): the start of the first interval that would be short,
 *                  null for a plain yes
 * @param shortBy   agents that interval would miss; 0 for a plain yes
 */
public record BreakAnswer(
        Verdict verdict, BreakWindow window, Instant start, Instant end, Instant shortFrom, int shortBy) {

    public enum Verdict {
        /** Take it now: every interval the break touches stays covered. */
        YES,
        /** Not now; the offered start inside the window keeps the queue covered. */
        LATER,
        /** No start inside the window keeps the queue covered; the offer is the least bad. */
        NONE
    }
}
