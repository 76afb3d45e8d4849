package dev.kantor.scheduling.repair;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Re-solves what is left of one day after someone's time is taken away: every shift stays as it is
 * (agent, type, start, end: pinned), the time off is cut from the absent person's shift, and only
 * breaks that have not started yet move, within their type's windows, where that restores coverage.
 * No interval is left worse than before the repair, so the answer can always be published.
 *
 * <p>A local search: starting from the published breaks, each shift in turn takes the placement of
 * its remaining breaks that leaves the fewest agent-intervals short (ties: the fewest breaks moved),
 * until no shift improves or the time limit is reached. A day has a few dozen shifts and each a few
 * hundred placements at most, so it settles in milliseconds; the limit only guards a strange shift
 * type. Plain Java, no Spring.
 */
public final class BreakRepair {

    /** The most placements looked at per shift type, as the hand edits' break placing does. */
    private static final int MAX_PLACEMENTS = 5_000;

    private static final int MAX_ROUNDS = 50;

    private BreakRepair() {}

    /**
     * A shift of the day.
     *
     * @param breaksFixed its breaks stay where they are (a manager pinned the shift by hand)
     */
    public record DayShift(Shift shift, boolean breaksFixed) {}

    /** Someone's time off the queue on the day, as wall-clock times, {@code until} excluded (midnight: the day's end). */
    public record TimeOff(String agent, LocalTime from, LocalTime until) {}

    /**
     * What to repair.
     *
     * @param now       breaks that start before it stay (taken or under way), and none moves before it;
     *                  only the intervals that end after it are counted
     * @param timeLimit the longest the search may run
     */
    public record Request(
            Problem problem,
            LocalDate date,
            LocalTime now,
            List<DayShift> shifts,
            List<TimeOff> timeOff,
            Duration timeLimit) {

        public Request {
            shifts = List.copyOf(shifts);
            timeOff = List.copyOf(timeOff);
        }
    }

    /**
     * A shift before and after the repair.
     *
     * @param after null when the time off takes all of it
     */
    public record Repaired(Shift before, Shift after) {

        public boolean removed() {
            return after == null;
        }

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** A break that moved. */
    public record MovedBreak(String agent, String breakId, LocalTime fromStart, LocalTime toStart, int minutes) {}

    /** One remaining interval: required, and agents on duty before and after the repair. */
    public record Interval(LocalTime start, int required, int before, int after) {

        public int shortBefore() {
            return Math.max(0, required - before);
        }

        public int shortAfter() {
            return Math.max(0, required - after);
        }
    }

    /**
     * The repaired day.
     *
     * @param shifts      each shift of the request, in its order, before and after
     * @param moves       the breaks that moved
     * @param intervals   the intervals that end after {@code now}
     * @param fingerprint names the repair exactly: the same day repaired the same way has the same one
     */
    public record Result(List<Repaired> shifts, List<MovedBreak> moves, List<Interval> intervals, String fingerprint) {

        public Result {
            shifts = List.copyOf(shifts);
            moves = List.copyOf(moves);
            intervals = List.copyOf(intervals);
        }

        public int shortBefore() {
            return intervals.stream().mapToInt(Interval::shortBefore).sum();
        }

        public int shortAfter() {
            return intervals.stream().mapToInt(Interval::shortAfter).sum();
        }
    }

    /** Repairs the day; a day the problem does not plan (closed) gives the shifts back with their time off cut. */
    public static Result repair(Request request) {
        Problem problem = request.problem();
        int step = problem.intervalMinutes();
        Day day = problem.days().stream()
                .filter(d -> d.date().equals(request.date()))
                .findFirst()
                .orElse(new Day(request.date(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, List.of()));
        Map<String, ShiftType> types = problem.shiftTypes().stream()
                .collect(Collectors.toMap(ShiftType::id, Function.identity(), (a, b) -> a));
        int open = minutes(day.open());
        int intervals = day.required().size();
        int now = minutes(request.now());
        int firstCounted = 0;
        while (firstCounted < intervals && open + (firstCounted + 1) * step <= now) {
            firstCounted++;
        }

        List<DayShift> dayShifts = request.shifts().stream()
                .filter(s -> s.shift().date().equals(request.date()))
                .toList();
        List<Shift> cut = new ArrayList<>();
        List<int[]> away = new ArrayList<>();
        for (DayShift dayShift : dayShifts) {
            cut.add(cut(dayShift.shift(), request.timeOff()));
            away.add(awayMask(dayShift.shift().agent(), request.timeOff(), open, intervals, step));
        }

        int[] base = new int[intervals];
        int[][] duty = new int[dayShifts.size()][];
        for (int s = 0; s < dayShifts.size(); s++) {
            Shift shift = cut.get(s);
            duty[s] = shift == null
                    ? new int[intervals]
                    : duty(shift, shift.breaks(), away.get(s), open, step, intervals);
            add(base, duty[s], 1);
        }
        int[] required = day.required().stream().mapToInt(Integer::intValue).toArray();
        int[] before = base.clone();
        int[] shortBefore = new int[intervals];
        for (int i = 0; i < intervals; i++) {
            shortBefore[i] = Math.max(0, required[i] - base[i]);
        }

        // the shifts whose breaks may move, with every placement they may take
        List<Shift> after = new ArrayList<>(cut);
        List<List<List<Break>>> options = new ArrayList<>();
        for (int s = 0; s < dayShifts.size(); s++) {
            Shift shift = cut.get(s);
            boolean movable = shift != null
                    && !dayShifts.get(s).breaksFixed()
                    && shift.equals(dayShifts.get(s).shift())
                    && types.containsKey(shift.shiftType());
            options.add(movable ? placements(shift, types.get(shift.shiftType()), step, now) : List.of());
        }

        long deadline = System.nanoTime() + request.timeLimit().toNanos();
        boolean improved = true;
        for (int round = 0; improved && round < MAX_ROUNDS && System.nanoTime() < deadline; round++) {
            improved = false;
            for (int s = 0; s < dayShifts.size() && System.nanoTime() < deadline; s++) {
                if (options.get(s).size() < 2) {
                    continue;
                }
                Shift shift = after.get(s);
                add(base, duty[s], -1);
                List<Break> best = shift.breaks();
                int[] bestDuty = duty[s];
                long bestScore = score(
                        base,
                        bestDuty,
                        required,
                        firstCounted,
                        moved(dayShifts.get(s).shift(), best));
                for (List<Break> option : options.get(s)) {
                    int[] optionDuty = duty(shift, option, away.get(s), open, step, intervals);
                    if (!noWorse(base, optionDuty, required, shortBefore, firstCounted)) {
                        continue;
                    }
                    long optionScore = score(
                            base,
                            optionDuty,
                            required,
                            firstCounted,
                            moved(dayShifts.get(s).shift(), option));
                    if (optionScore < bestScore) {
                        best = option;
                        bestDuty = optionDuty;
                        bestScore = optionScore;
                    }
                }
                if (!best.equals(shift.breaks())) {
                    after.set(s, withBreaks(shift, best));
                    duty[s] = bestDuty;
                    improved = true;
                }
                add(base, duty[s], 1);
            }
        }

        List<Repaired> repaired = new ArrayList<>();
        List<MovedBreak> moves = new ArrayList<>();
        for (int s = 0; s < dayShifts.size(); s++) {
            Shift published = dayShifts.get(s).shift();
            Shift repairedShift = after.get(s);
            repaired.add(new Repaired(published, repairedShift));
            if (repairedShift == null
                    || repairedShift.breaks().size() != published.breaks().size()) {
                continue;
            }
            for (int k = 0; k < published.breaks().size(); k++) {
                Break was = published.breaks().get(k);
                Break is = repairedShift.breaks().get(k);
                if (!was.start().equals(is.start())) {
                    moves.add(new MovedBreak(published.agent(), was.id(), was.start(), is.start(), (int)
                            Duration.between(was.start(), was.end()).toMinutes()));
                }
            }
        }
        int[] finalDuty = new int[intervals];
        for (int[] shiftDuty : duty) {
            add(finalDuty, shiftDuty, 1);
        }
        List<Interval> counted = new ArrayList<>();
        for (int i = firstCounted; i < intervals; i++) {
            counted.add(new Interval(day.open().plusMinutes((long) i * step), required[i], before[i], finalDuty[i]));
        }
        return new Result(repaired, moves, counted, fingerprint(request.date(), repaired));
    }

    /** Lexicographic: agent-intervals short first, then the breaks moved. */
    private static long score(int[] base, int[] duty, int[] required, int from, int moved) {
        long shortage = 0;
        for (int i = from; i < required.length; i++) {
            shortage += Math.max(0, required[i] - base[i] - duty[i]);
        }
        return shortage * 1_000 + moved;
    }

    /** Whether no counted interval is shorter than before the repair. */
    private static boolean noWorse(int[] base, int[] duty, int[] required, int[] shortBefore, int from) {
        for (int i = from; i < required.length; i++) {
            if (required[i] - base[i] - duty[i] > shortBefore[i]) {
                return false;
            }
        }
        return true;
    }

    private static int moved(Shift published, List<Break> breaks) {
        int moved = 0;
        for (int k = 0; k < breaks.size() && k < published.breaks().size(); k++) {
            moved += breaks.get(k).equals(published.breaks().get(k)) ? 0 : 1;
        }
        return moved;
    }

    private static void add(int[] into, int[] duty, int sign) {
        for (int i = 0; i < into.length; i++) {
            into[i] += sign * duty[i];
        }
    }

    /** 1 in each interval the shift has its agent working the whole of, not on a break and not away. */
    private static int[] duty(Shift shift, List<Break> breaks, int[] away, int open, int step, int intervals) {
        int[] on = new int[intervals];
        int start = minutes(shift.start());
        int end = minutes(shift.end());
        for (int i = 0; i < intervals; i++) {
            int from = open + i * step;
            int to = from + step;
            if (from < start || to > end || away[i] == 1) {
                continue;
            }
            boolean onBreak = false;
            for (Break pause : breaks) {
                if (minutes(pause.start()) < to && from < minutes(pause.end())) {
                    onBreak = true;
                    break;
                }
            }
            on[i] = onBreak ? 0 : 1;
        }
        return on;
    }

    /** 1 in each interval some of which the agent has off. */
    private static int[] awayMask(String agent, List<TimeOff> timeOff, int open, int intervals, int step) {
        int[] mask = new int[intervals];
        for (TimeOff off : timeOff) {
            if (!off.agent().equals(agent)) {
                continue;
            }
            int from = minutes(off.from());
            int until = off.until().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minutes(off.until());
            for (int i = 0; i < intervals; i++) {
                int start = open + i * step;
                if (start < until && from < start + step) {
                    mask[i] = 1;
                }
            }
        }
        return mask;
    }

    /**
     * The shift with the agent's time off taken out where it can be: all of it (null) when the time off
     * covers it, its end brought forward when the time off runs to its end, its start put back when the
     * time off runs from its start. Time off in the middle of a shift leaves the shift as it is (it is
     * still counted off duty then).
     */
    static Shift cut(Shift shift, List<TimeOff> timeOff) {
        Shift result = shift;
        for (TimeOff off : timeOff) {
            if (result == null || !off.agent().equals(shift.agent())) {
                continue;
            }
            int start = minutes(result.start());
            int end = minutes(result.end());
            int from = minutes(off.from());
            int until = off.until().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minutes(off.until());
            if (until <= start || from >= end) {
                continue;
            }
            if (from <= start && until >= end) {
                result = null;
            } else if (until >= end) {
                LocalTime newEnd = off.from();
                List<Break> kept = new ArrayList<>();
                for (Break pause : result.breaks()) {
                    if (pause.start().isBefore(newEnd)) {
                        kept.add(pause.end().isAfter(newEnd) ? new Break(pause.id(), pause.start(), newEnd) : pause);
                    }
                }
                result = new Shift(result.agent(), result.date(), result.shiftType(), result.start(), newEnd, kept);
            } else if (from <= start) {
                LocalTime newStart = off.until();
                List<Break> kept = new ArrayList<>();
                for (Break pause : result.breaks()) {
                    if (pause.end().isAfter(newStart)) {
                        kept.add(
                                pause.start().isBefore(newStart)
                                        ? new Break(pause.id(), newStart, pause.end())
                                        : pause);
                    }
                }
                result = new Shift(result.agent(), result.date(), result.shiftType(), newStart, result.end(), kept);
            }
        }
        return result;
    }

    /**
     * Every placement of the shift's breaks its type allows (in order, in their windows, with the work
     * between them it asks for) that keeps the breaks started before {@code now} where they are and moves
     * none to before {@code now}; the published placement first.
     */
    static List<List<Break>> placements(Shift shift, ShiftType type, int step, int now) {
        if (type.breaks().size() != shift.breaks().size()) {
            return List.of();
        }
        int start = minutes(shift.start());
        int[] fixed = new int[type.breaks().size()];
        boolean anyFree = false;
        for (int k = 0; k < fixed.length; k++) {
            int breakStart = minutes(shift.breaks().get(k).start());
            fixed[k] = breakStart < now ? breakStart - start : -1;
            anyFree |= fixed[k] < 0;
        }
        List<List<Break>> found = new ArrayList<>();
        found.add(shift.breaks());
        if (!anyFree) {
            return found;
        }
        List<int[]> offsets = new ArrayList<>();
        search(type, step, 0, 0, new int[fixed.length], fixed, start, now, offsets);
        for (int[] chosen : offsets) {
            List<Break> breaks = new ArrayList<>();
            for (int k = 0; k < chosen.length; k++) {
                BreakRule rule = type.breaks().get(k);
                LocalTime from = shift.start().plusMinutes(chosen[k]);
                breaks.add(new Break(rule.id(), from, from.plusMinutes(rule.durationMinutes())));
            }
            if (!breaks.equals(shift.breaks())) {
                found.add(breaks);
            }
        }
        return found;
    }

    private static void search(
            ShiftType type,
            int step,
            int k,
            int workFrom,
            int[] chosen,
            int[] fixed,
            int shiftStart,
            int now,
            List<int[]> found) {
        if (found.size() >= MAX_PLACEMENTS) {
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
            if (fixed[k] >= 0 ? offset != fixed[k] : shiftStart + offset < now) {
                continue;
            }
            int work = offset - workFrom;
            if (work < 0 || (k > 0 && work < type.minWorkBetweenBreaksMinutes())) {
                continue;
            }
            if (work > type.maxContinuousWorkMinutes() || offset + rule.durationMinutes() > type.spanMinutes()) {
                break;
            }
            chosen[k] = offset;
            search(type, step, k + 1, offset + rule.durationMinutes(), chosen, fixed, shiftStart, now, found);
        }
    }

    private static Shift withBreaks(Shift shift, List<Break> breaks) {
        return new Shift(shift.agent(), shift.date(), shift.shiftType(), shift.start(), shift.end(), breaks);
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String fingerprint(LocalDate date, List<Repaired> shifts) {
        StringBuilder text = new StringBuilder(date.toString());
        for (Repaired shift : shifts) {
            text.append('|').append(shift.before()).append('>').append(shift.after());
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
