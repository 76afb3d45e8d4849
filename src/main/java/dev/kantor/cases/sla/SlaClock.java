package dev.kantor.cases.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kantor.calendar.BusinessCalendar;

/**
 * One service target of a case (first response or resolution) counted in business time on the
 * calendar, standing still while the case waits on the customer.
 *
 * @param started when the clock started (the case was opened)
 * @param stopped when the target was reached (responded or resolved), or null while running
 * @param pauses  spans waiting on the customer; the last may still be open
 */
public record SlaClock(
        BusinessCalendar calendar, Duration target, Instant started, Instant stopped, List<Pause> pauses) {

    /** A target is near breach when a fifth of it or less is left. */
    static final double NEAR_BREACH_SHARE = 0.2;

    public SlaClock {
        pauses = List.copyOf(pauses);
    }

    /** Business time the clock has run until {@code now} (or until it stopped), pauses excluded. */
    public Duration elapsed(Instant now) {
        Instant end = stopped != null ? stopped : now;
        Duration running = calendar.between(started, end);
        for (Pause pause : pauses) {
            Instant from = pause.from().isBefore(started) ? started : pause.from();
            Instant to = pause.endOr(end).isAfter(end) ? end : pause.endOr(end);
            running = running.minus(calendar.between(from, to));
        }
        return running.isNegative() ? Duration.ZERO : running;
    }

    /** Business time left until the target; negative once breached. */
    public Duration left(Instant now) {
        return target.minus(elapsed(now));
    }

    public boolean paused() {
        return stopped == null
                && !pauses.isEmpty()
                && pauses.get(pauses.size() - 1).to() == null;
    }

    /** When the target will be breached if the clock keeps running; null while paused, stopped or breached. */
    public Instant dueAt(Instant now) {
        Duration left = left(now);
        if (stopped != null || paused() || left.isNegative()) {
            return null;
        }
        return calendar.plus(now, left);
    }

    public SlaState state(Instant now) {
        Duration left = left(now);
        if (left.isNegative()) {
            return SlaState.BREACHED;
        }
        if (stopped != null) {
            return SlaState.MET;
        }
        if (paused()) {
            return SlaState.PAUSED;
        }
        return left.toSeconds() <= target.toSeconds() * NEAR_BREACH_SHARE ? SlaState.NEAR_BREACH : SlaState.ON_TRACK;
    }
}
