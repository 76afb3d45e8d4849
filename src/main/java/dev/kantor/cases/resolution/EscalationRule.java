package dev.kantor.cases.resolution;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.cases.ResolutionType;

/**
 * When an approval moves up the line without anyone deciding it: the person it waits on is absent
 * (off duty or away, on leave, no longer employed), or has been silent for the configured business
 * time since they were asked. It goes to the nearest person above who may approve it (as
 * {@link Approvers} chooses: their limit covers it, or nobody is above them) and is present; with
 * nobody such above, it stays where it is, stalled, for admins to see.
 */
final class EscalationRule {

    /** Where someone is: present, or why not. */
    interface Attendance {

        /** Why the person cannot decide now; empty when they can. */
        Optional<Absence> absence(long employeeId);
    }

    /** An approval waiting on someone, as the rule sees it. */
    record Waiting(long approverId, long proposedBy, ResolutionType type, long amount, Instant askedAt) {}

    /** What the rule decided. */
    sealed interface Outcome permits Stay, Move, Stall {

        /** Why it should move; null when it stays. */
        String reason();
    }

    /** The approver is present and was asked recently enough: it stays with them. */
    record Stay() implements Outcome {

        @Override
        public String reason() {
            return null;
        }
    }

    /** It goes to {@code to}. */
    record Move(long to, String reason) implements Outcome {}

    /** It should move, but nobody above may take it now: it stays, and admins see it. */
    record Stall(String reason) implements Outcome {}

    /** Why an approval moved when its approver was silent. */
    static final String SILENT = "SILENT";

    private static final int MAX_DEPTH = 100;

    private EscalationRule() {}

    /**
     * Where a waiting approval goes now.
     *
     * @param silentAfter how much business time, counted by {@code calendar}, the approver has to decide
     */
    static Outcome decide(
            Waiting waiting,
            Instant now,
            Duration silentAfter,
            BusinessCalendar calendar,
            Approvers.Line line,
            Attendance attendance) {
        Optional<Absence> absent = attendance.absence(waiting.approverId());
        String reason;
        if (absent.isPresent()) {
            reason = absent.get().name();
        } else if (waiting.askedAt() != null
                && calendar.between(waiting.askedAt(), now).compareTo(silentAfter) >= 0) {
            reason = SILENT;
        } else {
            return new Stay();
        }
        return nextPresent(waiting, line, attendance)
                .<Outcome>map(to -> new Move(to, reason))
                .orElseGet(() -> new Stall(reason));
    }

    /** The nearest person above the approver who may approve it and is present. */
    static Optional<Long> nextPresent(Waiting waiting, Approvers.Line line, Attendance attendance) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> candidate =
                Approvers.above(waiting.approverId(), waiting.proposedBy(), waiting.type(), waiting.amount(), line);
        while (candidate.isPresent()
                && attendance.absence(candidate.get()).isPresent()
                && seen.add(candidate.get())
                && seen.size() <= MAX_DEPTH) {
            candidate = Approvers.above(candidate.get(), waiting.proposedBy(), waiting.type(), waiting.amount(), line);
        }
        return candidate.filter(c -> attendance.absence(c).isEmpty());
    }
}
