package dev.kantor.service.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kantor.calendar.BusinessCalendar;

/**
 * The internal target of one request, counted in business time on the calendar like the cases' targets, and
 * standing still while the department waits on the requester.
 *
 * @param started when the clock started (the request was filed, or approved when it needs approval); null while
 *                it waits for approval
 * @param stopped when the request was resolved, or null while open
 * @param pauses  spans waiting on the requester, oldest first; the last may still be open
 */
public record TargetClock(
        BusinessCalendar calendar, Duration target, Instant started, Instant stopped, List<Span> pauses) {

    /** A span the clock stands still; open while {@code to} is null. */
    public record Span(Instant from, Instant to) {}

    /** Where a request stands against its target. */
    public enum State {
        NOT_STARTED,
        ON_TRACK,
        /** A fifth of the target or less is left. */
        NEAR_BREACH,
        PAUSED,
        BREACHED,
        MET
    }

    public TargetClock {
        pauses = List.copyOf(pauses);
    }

    /** The same clock stopped at a moment: the request resolved then. */
    public TargetClock stoppedAt(Instant at) {
        return new TargetClock(calendar, target, started, at, pauses);
    }

    /** Business time counted until {@code now} (or until resolved), pauses excluded. */
    public Duration elapsed(Instant now) {
        if (started == null) {
            return Duration.ZERO;
        }
        Instant end = stopped != null ? stopped : now;
        Duration running = calendar.between(started, end);
        for (Span pause : pauses) {
            Instant from = pause.from().isBefore(started) ? started : pause.from();
            Instant pauseEnd = pause.to() == null ? end : pause.to();
            Instant to = pauseEnd.isAfter(end) ? end : pauseEnd;
            running = running.minus(calendar.between(from, to));
        }
        return running.isNegative() ? Duration.ZERO : running;
    }

    /** Business time left; negative once the target is missed. */
    public Duration left(Instant now) {
        if (started == null) {
            return target;
        }
        Instant end = stopped != null ? stopped : now;
        if (!end.isAfter(started)) {
            return target;
        }
        Instant deadline = deadline(end);
        return missed(end, deadline) ? target.minus(elapsed(now)) : calendar.between(end, deadline);
    }

    public boolean paused() {
        return stopped == null
                && !pauses.isEmpty()
                && pauses.get(pauses.size() - 1).to() == null;
    }

    /**
     * When the target is missed if the clock keeps running: the moment the queue sorts by. Null while it has not
     * started, stands still or has stopped; once missed, the moment it was missed.
     */
    public Instant dueAt(Instant now) {
        if (started == null || stopped != null || paused()) {
            return null;
        }
        Duration left = left(now);
        return left.isNegative() ? calendar.plus(started, target.plus(pausedTime(now))) : calendar.plus(now, left);
    }

    /** Whether a resolved request met its target; false while open. */
    public boolean met() {
        return stopped != null && !missed(stopped, deadline(stopped));
    }

    public State state(Instant now) {
        if (started == null) {
            return State.NOT_STARTED;
        }
        Instant end = stopped != null ? stopped : now;
        Instant deadline = deadline(end);
        if (missed(end, deadline)) {
            return State.BREACHED;
        }
        if (stopped != null) {
            return State.MET;
        }
        if (paused()) {
            return State.PAUSED;
        }
        Duration left = end.isAfter(started) ? calendar.between(end, deadline) : target;
        return left.toSeconds() <= target.toSeconds() / 5 ? State.NEAR_BREACH : State.ON_TRACK;
    }

    /**
     * The moment the target runs out for a clock read at {@code end}: the target plus the time paused until then,
     * counted in business time from the start. Reading it costs the target's days, not the request's age: a queue
     * shows requests months overdue, and counting each one's business time day by day since it was filed was most of
     * a queue page's work.
     */
    private Instant deadline(Instant end) {
        return calendar.plus(started, target.plus(pausedUntil(end)));
    }

    /**
     * Whether business time passed between the deadline and {@code end}: the counted time is then past the target.
     * Looked at a month past the deadline first, which answers for any calendar open once a month.
     */
    private boolean missed(Instant end, Instant deadline) {
        if (!end.isAfter(deadline) || !end.isAfter(started)) {
            return false;
        }
        Instant near = deadline.plus(Duration.ofDays(31));
        return !calendar.between(deadline, end.isBefore(near) ? end : near).isZero()
                || end.isAfter(near) && !calendar.between(near, end).isZero();
    }

    /** The business time paused between the start and {@code end}, as {@link #elapsed} leaves it out. */
    private Duration pausedUntil(Instant end) {
        Duration paused = Duration.ZERO;
        for (Span pause : pauses) {
            Instant from = pause.from().isBefore(started) ? started : pause.from();
            Instant pauseEnd = pause.to() == null ? end : pause.to();
            Instant to = pauseEnd.isAfter(end) ? end : pauseEnd;
            paused = paused.plus(calendar.between(from, to));
        }
        return paused;
    }

    private Duration pausedTime(Instant now) {
        Duration paused = Duration.ZERO;
        for (Span pause : pauses) {
            paused = paused.plus(calendar.between(pause.from(), pause.to() == null ? now : pause.to()));
        }
        return paused;
    }
}
