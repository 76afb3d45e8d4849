package dev.kantor.scheduling.check;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.DayCoverage;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;
import dev.kantor.scheduling.problem.Shortfall;

/**
 * Checks an answer against its (valid) problem, independently of the solver, and lists every
 * broken rule and every short interval. One pass per rule over at most a few thousand shifts:
 * a 300-agent week takes milliseconds.
 */
public final class ScheduleChecker {

    private final Problem problem;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Contract> contracts = new HashMap<>();
    private final Map<String, ShiftType> types = new HashMap<>();
    private final Map<LocalDate, Day> days = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    private ScheduleChecker(Problem problem) {
        this.problem = problem;
        problem.agents().forEach(a -> agents.putIfAbsent(a.id(), a));
        problem.contracts().forEach(c -> contracts.putIfAbsent(c.id(), c));
        problem.shiftTypes().forEach(t -> types.putIfAbsent(t.id(), t));
        problem.days().forEach(d -> days.putIfAbsent(d.date(), d));
    }

    /** The rules of the shifts alone and the intervals they leave short. */
    public static CheckReport checkShifts(Problem problem, List<Shift> shifts) {
        ScheduleChecker checker = new ScheduleChecker(problem);
        return checker.run(shifts, null);
    }

    /**
     * A whole answer: its shifts' rules, the pinned shifts kept, and whether what it reports (paid
     * minutes, shortfalls, coverage, lower bound) is what its shifts give.
     */
    public static CheckReport check(Problem problem, Schedule answer) {
        ScheduleChecker checker = new ScheduleChecker(problem);
        return checker.run(answer.shifts(), answer);
    }

    private CheckReport run(List<Shift> shifts, Schedule answer) {
        long paid = 0;
        List<Integer> knownShifts = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            if (checkShift(shifts.get(i), i)) {
                knownShifts.add(i);
                paid += types.get(shifts.get(i).shiftType()).paidMinutes();
            }
        }
        checkAgents(shifts, knownShifts);
        Coverage coverage = coverage(shifts, knownShifts);
        if (answer != null) {
            checkReported(answer, paid, coverage);
            checkPinned(answer.shifts());
        }
        List<DayCoverage> days = new ArrayList<>();
        for (Day day : problem.days()) {
            days.add(new DayCoverage(
                    day.date(),
                    day.required(),
                    asList(coverage.onDuty.get(day.date())),
                    asList(coverage.onBreak.get(day.date()))));
        }
        return new CheckReport(violations, coverage.shortfalls, paid, coverage.over, days);
    }

    private void add(ViolationKind kind, Shift shift, LocalTime at, String detail, int index) {
        violations.add(new Violation(
                kind, shift == null ? null : shift.agent(), shift == null ? null : shift.date(), at, detail, index));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The rules of one shift on its own; false when it names something unknown. */
    private boolean checkShift(Shift shift, int index) {
        Agent agent = agents.get(shift.agent());
        ShiftType type = types.get(shift.shiftType());
        Day day = days.get(shift.date());
        if (agent == null) {
            add(ViolationKind.UNKNOWN_AGENT, shift, null, "agent " + shift.agent(), index);
        }
        if (type == null) {
            add(ViolationKind.UNKNOWN_SHIFT_TYPE, shift, null, "shift type " + shift.shiftType(), index);
        }
        if (day == null) {
            add(ViolationKind.DATE_OUTSIDE_HORIZON, shift, null, "date " + shift.date(), index);
        }
        if (agent == null || type == null || day == null) {
            return false;
        }
        Contract contract = contracts.get(agent.contract());
        if (contract == null || !contract.allowedShiftTypes().contains(type.id())) {
            add(
                    ViolationKind.SHIFT_TYPE_NOT_ALLOWED,
                    shift,
                    shift.start(),
                    "contract " + agent.contract() + " does not allow " + type.id(),
                    index);
        }
        if (agent.unavailableDates().contains(shift.date())) {
            add(ViolationKind.AGENT_UNAVAILABLE, shift, shift.start(), "unavailable on " + shift.date(), index);
        }
        int start = minutes(shift.start());
        int end = minutes(shift.end());
        if (end - start != type.spanMinutes()) {
            add(
                    ViolationKind.WRONG_SPAN,
                    shift,
                    shift.start(),
                    "from " + shift.start() + " to " + shift.end() + " is not " + type.spanMinutes() + " minutes"
                            + (end <= start ? " (it would cross midnight)" : ""),
                    index);
        }
        int open = minutes(day.open());
        int close = minutes(day.close());
        if (start < open || end > close || end <= start) {
            add(
                    ViolationKind.OUTSIDE_OPENING_HOURS,
                    shift,
                    shift.start(),
                    "open " + day.open() + " to " + day.close(),
                    index);
        }
        if (Math.floorMod(start - open, type.startGranularityMinutes()) != 0) {
            add(
                    ViolationKind.START_OFF_GRID,
                    shift,
                    shift.start(),
                    "starts must be " + type.startGranularityMinutes() + " minutes apart from " + day.open(),
                    index);
        }
        checkBreaks(shift, type, index, start, end, open);
        return true;
    }

    private void checkBreaks(Shift shift, ShiftType type, int index, int start, int end, int open) {
        List<BreakRule> rules = type.breaks();
        List<Break> breaks = shift.breaks();
        boolean sameIds = rules.size() == breaks.size();
        for (int k = 0; sameIds && k < rules.size(); k++) {
            sameIds = Objects.equals(rules.get(k).id(), breaks.get(k).id());
        }
        if (!sameIds) {
            add(
                    ViolationKind.BREAKS_NOT_AS_TYPE,
                    shift,
                    shift.start(),
                    "breaks " + breaks.stream().map(Break::id).toList() + " instead of "
                            + rules.stream().map(BreakRule::id).toList(),
                    index);
            return;
        }
        int workFrom = start;
        for (int k = 0; k < rules.size(); k++) {
            BreakRule rule = rules.get(k);
            Break taken = breaks.get(k);
            int bStart = minutes(taken.start());
            int bEnd = minutes(taken.end());
            if (bEnd - bStart != rule.durationMinutes()) {
                add(
                        ViolationKind.BREAK_WRONG_LENGTH,
                        shift,
                        taken.start(),
                        rule.id() + " lasts " + (bEnd - bStart) + " minutes, not " + rule.durationMinutes(),
                        index);
            }
            int offset = bStart - start;
            if (offset < rule.earliestStartOffsetMinutes()
                    || offset > rule.latestStartOffsetMinutes()
                    || bStart < start
                    || bEnd > end) {
                add(
                        ViolationKind.BREAK_OUTSIDE_WINDOW,
                        shift,
                        taken.start(),
                        rule.id() + " starts " + offset + " minutes into the shift, outside "
                                + rule.earliestStartOffsetMinutes() + "–" + rule.latestStartOffsetMinutes(),
                        index);
            }
            if (Math.floorMod(bStart - open, problem.intervalMinutes()) != 0) {
                add(
                        ViolationKind.BREAK_OFF_INTERVAL,
                        shift,
                        taken.start(),
                        rule.id() + " starts between intervals",
                        index);
            }
            int work = bStart - workFrom;
            if (k > 0 && work < type.minWorkBetweenBreaksMinutes()) {
                add(
                        ViolationKind.TOO_LITTLE_WORK_BETWEEN_BREAKS,
                        shift,
                        taken.start(),
                        work + " minutes of work before " + rule.id() + ", fewer than "
                                + type.minWorkBetweenBreaksMinutes(),
                        index);
            }
            if (work > type.maxContinuousWorkMinutes()) {
                add(
                        ViolationKind.TOO_LONG_WITHOUT_BREAK,
                        shift,
                        taken.start(),
                        work + " minutes of work before " + rule.id() + ", more than "
                                + type.maxContinuousWorkMinutes(),
                        index);
            }
            workFrom = bEnd;
        }
        if (end - workFrom > type.maxContinuousWorkMinutes()) {
            add(
                    ViolationKind.TOO_LONG_WITHOUT_BREAK,
                    shift,
                    shift.end(),
                    (end - workFrom) + " minutes of work before the end, more than " + type.maxContinuousWorkMinutes(),
                    index);
        }
    }

    /** Per agent: shifts per day and week, paid minutes per week, overlaps and rest. */
    private void checkAgents(List<Shift> shifts, List<Integer> known) {
        Map<String, List<Integer>> byAgent = new HashMap<>();
        for (int i : known) {
            byAgent.computeIfAbsent(shifts.get(i).agent(), a -> new ArrayList<>())
                    .add(i);
        }
        for (Map.Entry<String, List<Integer>> entry : byAgent.entrySet()) {
            Contract contract = contracts.get(agents.get(entry.getKey()).contract());
            if (contract == null) {
                continue;
            }
            List<Integer> mine = new ArrayList<>(entry.getValue());
            mine.sort(Comparator.comparing((Integer i) -> shifts.get(i).date())
                    .thenComparing(i -> shifts.get(i).start()));
            Map<LocalDate, Integer> perDay = new HashMap<>();
            Map<String, Integer> perWeek = new HashMap<>();
            Map<String, Integer> paidPerWeek = new HashMap<>();
            for (int i : mine) {
                Shift shift = shifts.get(i);
                String week = shift.date().get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + shift.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int onDay = perDay.merge(shift.date(), 1, Integer::sum);
                if (onDay == contract.maxShiftsPerDay() + 1) {
                    add(
                            ViolationKind.TOO_MANY_SHIFTS_IN_DAY,
                            shift,
                            null,
                            "more than " + contract.maxShiftsPerDay() + " on " + shift.date(),
                            -1);
                }
                int inWeek = perWeek.merge(week, 1, Integer::sum);
                if (inWeek == contract.maxShiftsPerWeek() + 1) {
                    add(
                            ViolationKind.TOO_MANY_SHIFTS_IN_WEEK,
                            shift,
                            null,
                            "more than " + contract.maxShiftsPerWeek() + " in week " + week,
                            -1);
                }
                int before = paidPerWeek.getOrDefault(week, 0);
                int after = before + types.get(shift.shiftType()).paidMinutes();
                paidPerWeek.put(week, after);
                if (before <= contract.maxPaidMinutesPerWeek() && after > contract.maxPaidMinutesPerWeek()) {
                    add(
                            ViolationKind.TOO_MANY_PAID_MINUTES_IN_WEEK,
                            shift,
                            null,
                            after + " paid minutes in week " + week + ", more than " + contract.maxPaidMinutesPerWeek(),
                            -1);
                }
            }
            for (int k = 1; k < mine.size(); k++) {
                Shift previous = shifts.get(mine.get(k - 1));
                Shift next = shifts.get(mine.get(k));
                long gap = java.time.Duration.between(
                                previous.date().atTime(previous.end()),
                                next.date().atTime(next.start()))
                        .toMinutes();
                if (gap < 0) {
                    add(
                            ViolationKind.SHIFTS_OVERLAP,
                            next,
                            next.start(),
                            "overlaps the shift from " + previous.start(),
                            mine.get(k));
                } else if (!previous.date().equals(next.date()) && gap < contract.minRestBetweenShiftsMinutes()) {
                    add(
                            ViolationKind.REST_TOO_SHORT,
                            next,
                            next.start(),
                            gap + " minutes of rest after " + previous.date() + " " + previous.end() + ", fewer than "
                                    + contract.minRestBetweenShiftsMinutes(),
                            mine.get(k));
                }
            }
        }
    }

    /** On duty and on a break per interval, as the shifts give them, and what is short or over. */
    private Coverage coverage(List<Shift> shifts, List<Integer> known) {
        int step = problem.intervalMinutes();
        Map<LocalDate, int[]> onDuty = new HashMap<>();
        Map<LocalDate, int[]> onBreak = new HashMap<>();
        for (Day day : problem.days()) {
            onDuty.put(day.date(), new int[day.required().size()]);
            onBreak.put(day.date(), new int[day.required().size()]);
        }
        for (int i : known) {
            Shift shift = shifts.get(i);
            Day day = days.get(shift.date());
            int open = minutes(day.open());
            int start = minutes(shift.start());
            int end = minutes(shift.end());
            int[] duty = onDuty.get(day.date());
            int[] pause = onBreak.get(day.date());
            for (int slot = 0; slot < duty.length; slot++) {
                int from = open + slot * step;
                int to = from + step;
                if (from < start || to > end) {
                    continue;
                }
                boolean resting = false;
                for (Break b : shift.breaks()) {
                    resting |= minutes(b.start()) < to && minutes(b.end()) > from;
                }
                if (resting) {
                    pause[slot]++;
                } else {
                    duty[slot]++;
                }
            }
        }
        Coverage coverage = new Coverage(onDuty, onBreak);
        for (Day day : problem.days()) {
            int open = minutes(day.open());
            int[] duty = onDuty.get(day.date());
            for (int slot = 0; slot < duty.length; slot++) {
                int required = day.required().get(slot);
                if (duty[slot] < required) {
                    coverage.shortfalls.add(new Shortfall(
                            day.date(), LocalTime.of(0, 0).plusMinutes(open + slot * step), required, duty[slot]));
                } else {
                    coverage.over += duty[slot] - required;
                }
            }
        }
        return coverage;
    }

    private void checkReported(Schedule answer, long paid, Coverage coverage) {
        if (answer.paidMinutes() != paid) {
            violations.add(new Violation(
                    ViolationKind.PAID_MINUTES_MISREPORTED,
                    null,
                    null,
                    null,
                    "reported " + answer.paidMinutes() + ", the shifts cost " + paid,
                    -1));
        }
        Set<Shortfall> reported = new HashSet<>(answer.shortfalls());
        for (Shortfall actual : coverage.shortfalls) {
            if (!reported.remove(actual)) {
                violations.add(new Violation(
                        ViolationKind.SHORTFALL_NOT_REPORTED,
                        null,
                        actual.date(),
                        actual.start(),
                        actual.onDuty() + " on duty of " + actual.required() + " required",
                        -1));
            }
        }
        for (Shortfall wrong : reported) {
            violations.add(new Violation(
                    ViolationKind.SHORTFALL_MISREPORTED,
                    null,
                    wrong.date(),
                    wrong.start(),
                    "reported " + wrong.onDuty() + " of " + wrong.required(),
                    -1));
        }
        Map<LocalDate, DayCoverage> reportedDays = new HashMap<>();
        answer.coverage().forEach(c -> reportedDays.put(c.date(), c));
        for (Day day : problem.days()) {
            DayCoverage given = reportedDays.get(day.date());
            if (given == null
                    || !given.required().equals(day.required())
                    || !given.onDuty().equals(asList(coverage.onDuty.get(day.date())))
                    || !given.onBreak().equals(asList(coverage.onBreak.get(day.date())))) {
                violations.add(new Violation(
                        ViolationKind.COVERAGE_MISREPORTED,
                        null,
                        day.date(),
                        null,
                        given == null ? "no coverage for the day" : "coverage differs from the shifts",
                        -1));
            }
        }
        if (coverage.shortfalls.isEmpty() && answer.lowerBoundPaidMinutes() > paid) {
            violations.add(new Violation(
                    ViolationKind.LOWER_BOUND_ABOVE_PAID,
                    null,
                    null,
                    null,
                    "bound " + answer.lowerBoundPaidMinutes() + " above the covering schedule's " + paid,
                    -1));
        }
    }

    private void checkPinned(List<Shift> shifts) {
        Set<Shift> present = new HashSet<>(shifts);
        for (Shift pinned : problem.pinnedShifts()) {
            if (!present.contains(pinned)) {
                add(ViolationKind.PINNED_SHIFT_CHANGED, pinned, pinned.start(), "pinned shift missing or changed", -1);
            }
        }
    }

    private static List<Integer> asList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    private static final class Coverage {
        final Map<LocalDate, int[]> onDuty;
        final Map<LocalDate, int[]> onBreak;
        final List<Shortfall> shortfalls = new ArrayList<>();
        long over;

        Coverage(Map<LocalDate, int[]> onDuty, Map<LocalDate, int[]> onBreak) {
            this.onDuty = onDuty;
            this.onBreak = onBreak;
        }
    }
}
