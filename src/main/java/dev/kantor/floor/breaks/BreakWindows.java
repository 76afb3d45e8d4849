package dev.kantor.floor.breaks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.floor.breaks.TakenBreak.State;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.ShiftTypes;

import org.springframework.stereotype.Component;

/**
 * Someone's next break: on the published shift under way, the first planned break not taken yet, with
 * the window its shift type lets it start in. Shift types are kept a minute: they change rarely, and the
 * answer must be quick.
 */
@Component
class BreakWindows {

    /** How long before its window opens a break shows as due, so that the agent can plan. */
    static final Duration LEAD = Duration.ofMinutes(15);

    private final PublishedShifts shifts;
    private final ShiftTypes types;
    private final StoredBreaks stored;
    private final Clock clock;
    private final Map<String, TypeBreaks> typeBreaks = new ConcurrentHashMap<>();

    BreakWindows(PublishedShifts shifts, ShiftTypes types, StoredBreaks stored, Clock clock) {
        this.shifts = shifts;
        this.types = types;
        this.stored = stored;
        this.clock = clock;
    }

    /** The person's next break on the shift under way at {@code now}, with its agreement if one was made. */
    Optional<NextBreak> next(long employeeId, Instant now) {
        List<PublishedShift> around = shifts.ofEmployee(employeeId, now.minus(Duration.ofDays(1)), now.plus(LEAD));
        for (PublishedShift shift : around) {
            if (shift.startsAt().isAfter(now) || !shift.endsAt().isAfter(now)) {
                continue;
            }
            for (PublishedBreak pause : shift.breaks()) {
                Optional<TakenBreak> recorded = stored.of(shift.id(), pause.position());
                if (recorded.isPresent() && recorded.get().state() != State.AGREED) {
                    continue;
                }
                return Optional.of(new NextBreak(window(shift, pause), shift, recorded.orElse(null)));
            }
        }
        return Optional.empty();
    }

    BreakWindow window(PublishedShift shift, PublishedBreak pause) {
        List<BreakDetails> rules = breaksOf(shift.shiftType());
        BreakDetails rule = rules.stream()
                .filter(details -> pause.name().equals(details.name()))
                .findFirst()
                .orElse(pause.position() < rules.size() ? rules.get(pause.position()) : null);
        Instant earliest = pause.startsAt();
        Instant latest = pause.startsAt();
        if (rule != null && rule.earliestStartOffsetMinutes() != null && rule.latestStartOffsetMinutes() != null) {
            Instant ruleEarliest = shift.startsAt().plus(Duration.ofMinutes(rule.earliestStartOffsetMinutes()));
            Instant ruleLatest = shift.startsAt().plus(Duration.ofMinutes(rule.latestStartOffsetMinutes()));
            // a hand-edited schedule may plan a break outside its type's window: the plan stays allowed
            earliest = ruleEarliest.isBefore(earliest) ? ruleEarliest : earliest;
            latest = ruleLatest.isAfter(latest) ? ruleLatest : latest;
        }
        return new BreakWindow(
                shift.employeeId(),
                shift.queueId(),
                shift.id(),
                pause.position(),
                pause.name(),
                pause.startsAt(),
                pause.endsAt(),
                earliest,
                latest);
    }

    private List<BreakDetails> breaksOf(String shiftType) {
        Instant now = clock.instant();
        TypeBreaks known = typeBreaks.get(shiftType);
        if (known == null || known.readAt().plus(CountedDays.FRESH).isBefore(now)) {
            known = new TypeBreaks(types.breaksOf(shiftType), now);
            typeBreaks.put(shiftType, known);
        }
        return known.breaks();
    }

    private record TypeBreaks(List<BreakDetails> breaks, Instant readAt) {}

    /**
     * A next break.
     *
     * @param agreed its agreement, if a start was agreed; null otherwise
     */
    record NextBreak(BreakWindow window, PublishedShift shift, TakenBreak agreed) {

        /** When the break is expected to start: as agreed, else as planned. */
        Instant expectedStart() {
            return agreed != null ? agreed.startsAt() : window.plannedStart();
        }

        /** Whether to show the break button: its window opens within {@link #LEAD}, or it is agreed. */
        boolean due(Instant now) {
            return !now.isBefore(window.earliestStart().minus(LEAD))
                    || (agreed != null && !now.isBefore(agreed.startsAt().minus(LEAD)));
        }
    }
}
