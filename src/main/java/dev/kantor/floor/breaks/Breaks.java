package dev.kantor.floor.breaks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.kantor.floor.BreakCannotBeCovered;
import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.breaks.BreakWindows.NextBreak;
import dev.kantor.floor.breaks.TakenBreak.State;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "May I take my break now?", taking it and coming back. Answers on one queue run one after the other
 * ({@link QueueLocks}), and a yes holds the slot at once (the break is recorded as agreed from now), so
 * two agents asking at once for the queue's last free slot get one yes and one later start.
 */
@Service
@Transactional
class Breaks {

    /** How far from the agreed start a break may be taken without asking again. */
    static final Duration SLACK = Duration.ofMinutes(1);

    private final BreakWindows windows;
    private final CountedDays days;
    private final StoredBreaks stored;
    private final QueueLocks locks;
    private final PresenceBoard presence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Breaks(
            BreakWindows windows,
            CountedDays days,
            StoredBreaks stored,
            QueueLocks locks,
            PresenceBoard presence,
            ApplicationEventPublisher events,
            Clock clock) {
        this.windows = windows;
        this.days = days;
        this.stored = stored;
        this.locks = locks;
        this.presence = presence;
        this.events = events;
        this.clock = clock;
    }

    /** The person's next break on the shift under way, if they have one. */
    @Transactional(readOnly = true)
    Optional<NextBreak> next(long employeeId) {
        return windows.next(employeeId, clock.instant());
    }

    /** The break this person is on now, if any. */
    @Transactional(readOnly = true)
    Optional<TakenBreak> current(long employeeId) {
        return stored.takenBy(employeeId);
    }

    /**
     * Answers the person's request for their next break, and records what is agreed.
     *
     * @param start null to ask for now; else the start the person agrees to (an offered later start): it
     *              is recorded when it keeps the queue covered, or when no start does and it is the least
     *              bad one
     * @throws KantorException not found when the person has no break to take on a shift under way
     */
    Outcome ask(long employeeId, Instant start) {
        Instant now = clock.instant();
        NextBreak next =
                windows.next(employeeId, now).orElseThrow(() -> KantorException.notFound("floor.breaks.none-due"));
        BreakWindow window = next.window();
        if (start != null) {
            new InputCheck()
                    .moment("start", start)
                    .that(
                            !start.isBefore(now.minus(SLACK))
                                    && (window.allows(start) || !start.isAfter(now.plus(SLACK))),
                            "start",
                            "floor.breaks.start-outside-window")
                    .throwIfAny();
        }
        locks.lock(window.queueId());
        Instant first = now.isBefore(window.earliestStart()) ? now : window.earliestStart();
        Instant last = (now.isAfter(window.latestStart()) ? now : window.latestStart()).plus(window.length());
        QueueDay day = days.over(window.queueId(), first, last);
        BreakAnswer answer = BreakAnswers.answer(day, window, now);
        if (start == null) {
            TakenBreak agreed = null;
            if (answer.verdict() == Verdict.YES) {
                // the yes holds the slot: whoever asks next on the queue sees this break from now
                agreed = stored.agree(window, next.shift().workDate(), answer.start(), answer.end());
            } else if (answer.verdict() == Verdict.NONE) {
                events.publishEvent(new BreakCannotBeCovered(
                        employeeId,
                        window.queueId(),
                        window.shiftId(),
                        window.position(),
                        window.earliestStart(),
                        window.latestStart(),
                        answer.start(),
                        answer.shortFrom(),
                        answer.shortBy()));
            }
            return new Outcome(answer, agreed);
        }
        boolean agreeable = BreakAnswers.keepsCoverage(day, window, start)
                || (answer.verdict() == Verdict.NONE && answer.start().equals(start));
        if (!agreeable) {
            // taken meanwhile: the fresh answer says what is possible now
            return new Outcome(answer, null);
        }
        Instant end = start.plus(window.length());
        TakenBreak agreed = stored.agree(window, next.shift().workDate(), start, end);
        BreakAnswer confirmed = new BreakAnswer(
                start.equals(now) ? Verdict.YES : answer.verdict(),
                window,
                start,
                end,
                answer.shortFrom(),
                answer.shortBy());
        return new Outcome(confirmed, agreed);
    }

    /**
     * Takes an agreed break now: presence goes to on a break until it is due to end. Taken more than a
     * minute after the agreed start, the queue must still be covered with the break from now.
     *
     * @throws KantorException forbidden for someone else's break; conflict when the version is stale, the
     *                         break is not agreed (any more), it is too early, or its slot is gone
     */
    TakenBreak start(long id, long employeeId, int version) {
        TakenBreak agreed = own(id, employeeId);
        Instant now = clock.instant();
        if (agreed.version() != version || agreed.state() != State.AGREED) {
            throw KantorException.conflict("error.concurrent-change");
        }
        if (now.isBefore(agreed.startsAt().minus(SLACK))) {
            throw KantorException.conflict("floor.breaks.not-yet");
        }
        if (now.isAfter(agreed.startsAt().plus(SLACK))) {
            locks.lock(agreed.queueId());
            BreakWindow window = new BreakWindow(
                    agreed.employeeId(),
                    agreed.queueId(),
                    agreed.shiftId(),
                    agreed.position(),
                    agreed.name(),
                    agreed.plannedStart(),
                    agreed.plannedEnd(),
                    agreed.plannedStart(),
                    agreed.plannedStart());
            QueueDay day = days.over(agreed.queueId(), now, now.plus(agreed.plannedLength()));
            if (!BreakAnswers.keepsCoverage(day, window, now)) {
                throw KantorException.conflict("floor.breaks.ask-again");
            }
        }
        Instant back = now.plus(agreed.plannedLength());
        if (!stored.take(id, version, now, back)) {
            throw KantorException.conflict("error.concurrent-change");
        }
        presence.set(employeeId, PresenceStatus.ON_BREAK, back, PresenceSource.MANUAL);
        return stored.find(id).orElseThrow();
    }

    /**
     * Ends a break taken: the person is available again and the break is kept as it was taken.
     *
     * @throws KantorException forbidden for someone else's break; conflict when the version is stale or
     *                         the break is not under way
     */
    TakenBreak end(long id, long employeeId, int version) {
        TakenBreak taken = own(id, employeeId);
        if (taken.version() != version || taken.state() != State.TAKEN || !stored.end(id, version, clock.instant())) {
            throw KantorException.conflict("error.concurrent-change");
        }
        presence.set(employeeId, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        return stored.find(id).orElseThrow();
    }

    private TakenBreak own(long id, long employeeId) {
        TakenBreak found = stored.find(id).orElseThrow(() -> KantorException.notFound("floor.breaks.not-found"));
        if (found.employeeId() != employeeId) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "floor.breaks.not-yours");
        }
        return found;
    }

    /**
     * The answer to a request, and the break as recorded when a start was agreed (a yes for now holds
     * the slot; a later start is recorded once the person agrees to it).
     */
    record Outcome(BreakAnswer answer, TakenBreak agreed) {}
}
