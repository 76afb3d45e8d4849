package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.check.Violation;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.DayCoverage;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Applies a hand edit to a schedule's shifts and checks the whole week after it with the core's
 * independent checker: an edit that breaks a rule the schedule kept before is refused, naming the
 * rule; an accepted one says what it did to the coverage. Plain Java: the rules are the checker's.
 */
final class HandEdits {

    private HandEdits() {}

    /**
     * What an edit gives: the shifts taken out (by id) and put in, and its effect on the coverage.
     *
     * @param shifts the schedule's shifts after the edit
     */
    record Outcome(
            List<Long> removed,
            List<PlannedShift> added,
            List<PlannedShift> shifts,
            CheckReport after,
            EditEffect effect) {}

    /** Thrown when an edit breaks a rule; {@code violation} says which, whose and when. */
    static final class Refused extends RuntimeException {
        final transient Violation violation;

        Refused(Violation violation) {
            super(violation.kind() + " " + violation.detail());
            this.violation = violation;
        }
    }

    /**
     * @param problem the problem the schedule answers (its pins are not rules for a hand edit)
     * @throws Refused      when the edit breaks a rule
     * @throws InvalidInput when the edit names what is not there
     */
    static Outcome apply(Problem problem, List<PlannedShift> current, HandEdit edit) {
        Problem rules = problem.withPinnedShifts(List.of());
        List<Long> removed = new ArrayList<>();
        List<PlannedShift> added = new ArrayList<>();
        if (edit instanceof HandEdit.MoveBreak move) {
            PlannedShift planned = find(current, move.shiftId());
            Shift shift = planned.shift();
            if (move.breakPosition() < 0
                    || move.breakPosition() >= shift.breaks().size()) {
                throw InvalidInput.of("breakPosition", "scheduling.edit.no-such-break");
            }
            if (move.start() == null) {
                throw InvalidInput.of("start", "validation.required");
            }
            List<Break> breaks = new ArrayList<>(shift.breaks());
            Break taken = breaks.get(move.breakPosition());
            long length = java.time.Duration.between(taken.start(), taken.end()).toMinutes();
            if (move.start().plusMinutes(length).isBefore(move.start())) {
                throw InvalidInput.of("start", "scheduling.edit.past-midnight");
            }
            breaks.set(
                    move.breakPosition(),
                    new Break(taken.id(), move.start(), move.start().plusMinutes(length)));
            removed.add(planned.id());
            added.add(new PlannedShift(
                    0,
                    new Shift(shift.agent(), shift.date(), shift.shiftType(), shift.start(), shift.end(), breaks),
                    true));
        } else if (edit instanceof HandEdit.Swap swap) {
            if (swap.day() == null) {
                throw InvalidInput.of("day", "validation.required");
            }
            if (swap.employeeId() == swap.otherEmployeeId()) {
                throw InvalidInput.of("otherEmployeeId", "scheduling.edit.swap-with-self");
            }
            String first = String.valueOf(swap.employeeId());
            String second = String.valueOf(swap.otherEmployeeId());
            for (PlannedShift planned : current) {
                Shift s = planned.shift();
                if (s.date().equals(swap.day())
                        && (s.agent().equals(first) || s.agent().equals(second))) {
                    removed.add(planned.id());
                    String to = s.agent().equals(first) ? second : first;
                    added.add(new PlannedShift(
                            0, new Shift(to, s.date(), s.shiftType(), s.start(), s.end(), s.breaks()), true));
                }
            }
            if (removed.isEmpty()) {
                throw InvalidInput.of("otherEmployeeId", "scheduling.edit.nothing-to-swap");
            }
        } else if (edit instanceof HandEdit.Remove remove) {
            removed.add(find(current, remove.shiftId()).id());
        } else if (edit instanceof HandEdit.Add add) {
            if (add.day() == null || add.start() == null || add.shiftType() == null) {
                throw InvalidInput.of(
                        add.day() == null ? "day" : add.start() == null ? "start" : "shiftType", "validation.required");
            }
            ShiftType type = rules.shiftTypes().stream()
                    .filter(t -> t.id().equals(add.shiftType()))
                    .findFirst()
                    .orElseThrow(() -> InvalidInput.of("shiftType", "scheduling.edit.no-such-shift-type"));
            if (add.start().plusMinutes(type.spanMinutes()).isBefore(add.start())) {
                throw InvalidInput.of("start", "scheduling.edit.past-midnight");
            }
            LocalTime end = add.start().plusMinutes(type.spanMinutes());
            CheckReport now = ScheduleChecker.checkShifts(rules, shiftsOf(current));
            List<Break> breaks = BestBreaks.place(rules, type, add.day(), add.start(), now.coverage());
            added.add(new PlannedShift(
                    0,
                    new Shift(String.valueOf(add.employeeId()), add.day(), type.id(), add.start(), end, breaks),
                    true));
        } else if (edit instanceof HandEdit.Pin pin) {
            PlannedShift planned = find(current, pin.shiftId());
            removed.add(planned.id());
            added.add(planned.pinned(pin.pinned()));
        }
        List<PlannedShift> after = new ArrayList<>();
        for (PlannedShift planned : current) {
            if (!removed.contains(planned.id())) {
                after.add(planned);
            }
        }
        after.addAll(added);
        CheckReport before = ScheduleChecker.checkShifts(rules, shiftsOf(current));
        CheckReport checked = ScheduleChecker.checkShifts(rules, shiftsOf(after));
        Set<String> known = before.violations().stream().map(HandEdits::key).collect(Collectors.toSet());
        Optional<Violation> broken = checked.violations().stream()
                .filter(v -> !known.contains(key(v)))
                .findFirst();
        if (broken.isPresent()) {
            throw new Refused(broken.get());
        }
        return new Outcome(removed, added, after, checked, effect(rules, before, checked));
    }

    private static PlannedShift find(List<PlannedShift> shifts, long id) {
        return shifts.stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("scheduling.edit.no-such-shift"));
    }

    static List<Shift> shiftsOf(List<PlannedShift> planned) {
        return planned.stream().map(PlannedShift::shift).toList();
    }

    /** A broken rule told apart from others by what, whom and when, not by the list's order. */
    private static String key(Violation v) {
        return v.kind() + "|" + v.agent() + "|" + v.date();
    }

    private static EditEffect effect(Problem problem, CheckReport before, CheckReport after) {
        List<EditEffect.IntervalChange> changes = new ArrayList<>();
        Map<LocalDate, DayCoverage> was =
                before.coverage().stream().collect(Collectors.toMap(DayCoverage::date, d -> d));
        for (DayCoverage day : after.coverage()) {
            DayCoverage old = was.get(day.date());
            Day problemDay = problem.days().stream()
                    .filter(d -> d.date().equals(day.date()))
                    .findFirst()
                    .orElseThrow();
            for (int i = 0; i < day.onDuty().size(); i++) {
                int then = old.onDuty().get(i);
                int now = day.onDuty().get(i);
                if (then != now) {
                    changes.add(new EditEffect.IntervalChange(
                            day.date(),
                            problemDay.open().plusMinutes((long) i * problem.intervalMinutes()),
                            day.required().get(i),
                            then,
                            now));
                }
            }
        }
        return new EditEffect(
                changes,
                before.shortfalls().size(),
                after.shortfalls().size(),
                before.paidMinutes(),
                after.paidMinutes());
    }

    /** Where a new shift's breaks go: a placement its type allows, over the intervals with most agents to spare. */
    static final class BestBreaks {

        private BestBreaks() {}

        static List<Break> place(
                Problem problem, ShiftType type, LocalDate date, LocalTime start, List<DayCoverage> coverage) {
            Day day = problem.days().stream()
                    .filter(d -> d.date().equals(date))
                    .findFirst()
                    .orElse(null);
            DayCoverage covered = coverage.stream()
                    .filter(c -> c.date().equals(date))
                    .findFirst()
                    .orElse(null);
            List<int[]> placements = new ArrayList<>();
            search(type, problem.intervalMinutes(), 0, 0, new int[type.breaks().size()], placements);
            int[] best = null;
            long bestScore = Long.MIN_VALUE;
            for (int[] offsets : placements) {
                long score = day == null || covered == null ? 0 : spare(problem, type, day, covered, start, offsets);
                if (score > bestScore) {
                    best = offsets;
                    bestScore = score;
                }
            }
            List<Break> breaks = new ArrayList<>();
            for (int k = 0; k < type.breaks().size(); k++) {
                BreakRule rule = type.breaks().get(k);
                int offset = best != null ? best[k] : rule.earliestStartOffsetMinutes();
                LocalTime from = start.plusMinutes(offset);
                breaks.add(new Break(rule.id(), from, from.plusMinutes(rule.durationMinutes())));
            }
            return breaks;
        }

        private static long spare(
                Problem problem, ShiftType type, Day day, DayCoverage covered, LocalTime start, int[] offsets) {
            long score = 0;
            int open = day.open().toSecondOfDay() / 60;
            int from = start.toSecondOfDay() / 60;
            for (int k = 0; k < offsets.length; k++) {
                int breakStart = from + offsets[k];
                int breakEnd = breakStart + type.breaks().get(k).durationMinutes();
                for (int m = breakStart; m < breakEnd; m += problem.intervalMinutes()) {
                    int slot = (m - open) / problem.intervalMinutes();
                    if (slot >= 0 && slot < covered.onDuty().size()) {
                        score += covered.onDuty().get(slot) - covered.required().get(slot);
                    }
                }
            }
            return score;
        }

        /** Every placement in order, in the windows, with the work between breaks the type asks for. */
        private static void search(ShiftType type, int step, int k, int workFrom, int[] chosen, List<int[]> found) {
            if (found.size() >= 5_000) {
                return;
            }
            if (k == type.breaks().size()) {
                if (type.spanMinutes() - workFrom <= type.maxContinuousWorkMinutes()) {
                    found.add(chosen.clone());
                }
                return;
            }
            BreakRule rule = type.breaks().get(k);
            for (int offset = rule.earliestStartOffsetMinutes();
                    offset <= rule.latestStartOffsetMinutes();
                    offset += step) {
                int work = offset - workFrom;
                if (work < 0 || (k > 0 && work < type.minWorkBetweenBreaksMinutes())) {
                    continue;
                }
                if (work > type.maxContinuousWorkMinutes() || offset + rule.durationMinutes() > type.spanMinutes()) {
                    break;
                }
                chosen[k] = offset;
                search(type, step, k + 1, offset + rule.durationMinutes(), chosen, found);
            }
        }
    }

    /** The people a list of shifts names, as employee ids. */
    static Set<Long> people(List<PlannedShift> shifts) {
        Set<Long> ids = new HashSet<>();
        shifts.forEach(s -> ids.add(s.employeeId()));
        return ids;
    }
}
