package dev.kantor.scheduling.check;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Refuses a bad problem before it becomes a job: every fault with the path of its field and a
 * message key. Never throws, whatever the records hold (nulls included).
 */
public final class ProblemValidator {

    /** The largest problem Kantor solves: a month, a big contact centre, a long list of shift types. */
    public static final int MAX_DAYS = 31;

    public static final int MAX_AGENTS = 2_000;
    public static final int MAX_SHIFT_TYPES = 50;
    public static final int MAX_CONTRACTS = 50;
    public static final int MAX_BREAKS = 6;
    public static final int MAX_REQUIRED = 10_000;
    public static final int MAX_TIME_LIMIT_SECONDS = 3_600;
    public static final int MAX_SHIFTS_PER_DAY = 3;

    private final List<ProblemIssue> issues = new ArrayList<>();

    private ProblemValidator() {}

    /** Reads and validates a problem's JSON: the problem, or every issue with it. */
    public static ProblemRead readAndValidate(String json) {
        ProblemRead read = ProblemJson.read(json);
        if (!read.ok()) {
            return read;
        }
        List<ProblemIssue> issues = validate(read.problem());
        return issues.isEmpty() ? read : new ProblemRead(null, issues);
    }

    /** Every fault of the problem; empty when it can be solved. */
    public static List<ProblemIssue> validate(Problem problem) {
        ProblemValidator validator = new ProblemValidator();
        try {
            validator.check(problem);
        } catch (RuntimeException unexpected) {
            // a record built in code may hold what JSON never gives; it is still a refusal, not a crash
            validator.issue("", "scheduling.problem.malformed");
        }
        return List.copyOf(validator.issues);
    }

    private void issue(String field, String key) {
        issues.add(new ProblemIssue(field, key));
    }

    private boolean range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            issue(field, "scheduling.problem.out-of-range");
            return false;
        }
        return true;
    }

    private void check(Problem problem) {
        if (problem == null) {
            issue("", "scheduling.problem.missing");
            return;
        }
        int step = problem.intervalMinutes();
        boolean stepOk = false;
        if (step < 5 || step > 60) {
            issue("intervalMinutes", "scheduling.problem.out-of-range");
        } else if (1440 % step != 0) {
            issue("intervalMinutes", "scheduling.problem.interval-not-dividing-day");
        } else {
            stepOk = true;
        }
        int longestDay = checkDays(problem.days(), stepOk ? step : 0);
        Set<String> typeIds = checkShiftTypes(problem.shiftTypes(), stepOk ? step : 0, longestDay);
        Set<String> contractIds = checkContracts(problem.contracts(), typeIds);
        checkAgents(problem.agents(), contractIds);
        if (problem.timeLimitSeconds() != null) {
            range("timeLimitSeconds", problem.timeLimitSeconds(), 1, MAX_TIME_LIMIT_SECONDS);
        }
        if (issues.isEmpty()) {
            checkPinned(problem);
        }
    }

    /** The days' faults; returns the longest opening in minutes (0 when unknown). */
    private int checkDays(List<Day> days, int step) {
        if (days == null) {
            issue("days", "scheduling.problem.missing");
            return 0;
        }
        if (days.isEmpty()) {
            issue("days", "scheduling.problem.no-days");
            return 0;
        }
        if (days.size() > MAX_DAYS) {
            issue("days", "scheduling.problem.too-many-days");
            return 0;
        }
        int longest = 0;
        LocalDate previous = null;
        for (int d = 0; d < days.size(); d++) {
            String path = "days[" + d + "]";
            Day day = days.get(d);
            if (day == null) {
                issue(path, "scheduling.problem.missing");
                previous = null;
                continue;
            }
            if (day.date() == null) {
                issue(path + ".date", "scheduling.problem.missing");
            } else if (previous != null && !day.date().equals(previous.plusDays(1))) {
                issue(path + ".date", "scheduling.problem.dates-not-consecutive");
            }
            previous = day.date();
            if (day.open() == null || day.close() == null || day.required() == null) {
                if (day.open() == null) {
                    issue(path + ".open", "scheduling.problem.missing");
                }
                if (day.close() == null) {
                    issue(path + ".close", "scheduling.problem.missing");
                }
                if (day.required() == null) {
                    issue(path + ".required", "scheduling.problem.missing");
                }
                continue;
            }
            int open = minutes(day.open());
            int close = minutes(day.close());
            if (close <= open) {
                issue(path + ".close", "scheduling.problem.close-not-after-open");
                continue;
            }
            if (step == 0) {
                continue;
            }
            boolean onGrid = true;
            if (open % step != 0) {
                issue(path + ".open", "scheduling.problem.time-off-interval");
                onGrid = false;
            }
            if (close % step != 0) {
                issue(path + ".close", "scheduling.problem.time-off-interval");
                onGrid = false;
            }
            if (onGrid && day.required().size() != (close - open) / step) {
                issue(path + ".required", "scheduling.problem.required-wrong-length");
            }
            for (int i = 0; i < day.required().size(); i++) {
                Integer value = day.required().get(i);
                if (value == null) {
                    issue(path + ".required[" + i + "]", "scheduling.problem.missing");
                } else {
                    range(path + ".required[" + i + "]", value, 0, MAX_REQUIRED);
                }
            }
            longest = Math.max(longest, close - open);
        }
        return longest;
    }

    private Set<String> checkShiftTypes(List<ShiftType> types, int step, int longestDay) {
        Set<String> ids = new HashSet<>();
        if (types == null) {
            issue("shiftTypes", "scheduling.problem.missing");
            return ids;
        }
        if (types.isEmpty()) {
            issue("shiftTypes", "scheduling.problem.no-shift-types");
        }
        if (types.size() > MAX_SHIFT_TYPES) {
            issue("shiftTypes", "scheduling.problem.too-many-shift-types");
            return ids;
        }
        for (int t = 0; t < types.size(); t++) {
            String path = "shiftTypes[" + t + "]";
            ShiftType type = types.get(t);
            if (type == null) {
                issue(path, "scheduling.problem.missing");
                continue;
            }
            checkId(path + ".id", type.id(), ids);
            boolean spanOk = range(path + ".spanMinutes", type.spanMinutes(), 1, 1440);
            if (spanOk && step > 0 && type.spanMinutes() % step != 0) {
                issue(path + ".spanMinutes", "scheduling.problem.not-whole-intervals");
                spanOk = false;
            }
            if (spanOk && longestDay > 0 && type.spanMinutes() > longestDay) {
                issue(path + ".spanMinutes", "scheduling.problem.shift-longer-than-opening-hours");
            }
            range(path + ".paidMinutes", type.paidMinutes(), 1, 1440);
            if (range(path + ".startGranularityMinutes", type.startGranularityMinutes(), 1, 1440)
                    && step > 0
                    && type.startGranularityMinutes() % step != 0) {
                issue(path + ".startGranularityMinutes", "scheduling.problem.not-whole-intervals");
            }
            range(path + ".minWorkBetweenBreaksMinutes", type.minWorkBetweenBreaksMinutes(), 0, 1440);
            range(path + ".maxContinuousWorkMinutes", type.maxContinuousWorkMinutes(), 1, 1440);
            int before = issues.size();
            checkBreaks(path, type, step, spanOk);
            if (issues.size() == before && spanOk && step > 0 && !BreakPlacements.workable(type, step)) {
                issue(path + ".breaks", "scheduling.problem.shift-type-unworkable");
            }
        }
        return ids;
    }

    private void checkBreaks(String path, ShiftType type, int step, boolean spanOk) {
        if (type.breaks().size() > MAX_BREAKS) {
            issue(path + ".breaks", "scheduling.problem.too-many-breaks");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int b = 0; b < type.breaks().size(); b++) {
            String bPath = path + ".breaks[" + b + "]";
            BreakRule rule = type.breaks().get(b);
            if (rule == null) {
                issue(bPath, "scheduling.problem.missing");
                continue;
            }
            checkId(bPath + ".id", rule.id(), ids);
            boolean ok = range(bPath + ".durationMinutes", rule.durationMinutes(), 1, 1440);
            ok &= range(bPath + ".earliestStartOffsetMinutes", rule.earliestStartOffsetMinutes(), 0, 1440);
            ok &= range(bPath + ".latestStartOffsetMinutes", rule.latestStartOffsetMinutes(), 0, 1440);
            if (!ok) {
                continue;
            }
            if (step > 0) {
                if (rule.durationMinutes() % step != 0) {
                    issue(bPath + ".durationMinutes", "scheduling.problem.not-whole-intervals");
                }
                if (rule.earliestStartOffsetMinutes() % step != 0) {
                    issue(bPath + ".earliestStartOffsetMinutes", "scheduling.problem.not-whole-intervals");
                }
                if (rule.latestStartOffsetMinutes() % step != 0) {
                    issue(bPath + ".latestStartOffsetMinutes", "scheduling.problem.not-whole-intervals");
                }
            }
            if (rule.latestStartOffsetMinutes() < rule.earliestStartOffsetMinutes()) {
                issue(bPath + ".latestStartOffsetMinutes", "scheduling.problem.break-window-reversed");
            } else if (spanOk && rule.latestStartOffsetMinutes() + rule.durationMinutes() > type.spanMinutes()) {
                issue(bPath + ".latestStartOffsetMinutes", "scheduling.problem.break-window-outside-span");
            }
        }
    }

    private Set<String> checkContracts(List<Contract> contracts, Set<String> typeIds) {
        Set<String> ids = new HashSet<>();
        if (contracts == null) {
            issue("contracts", "scheduling.problem.missing");
            return ids;
        }
        if (contracts.isEmpty()) {
            issue("contracts", "scheduling.problem.no-contracts");
        }
        if (contracts.size() > MAX_CONTRACTS) {
            issue("contracts", "scheduling.problem.too-many-contracts");
            return ids;
        }
        for (int c = 0; c < contracts.size(); c++) {
            String path = "contracts[" + c + "]";
            Contract contract = contracts.get(c);
            if (contract == null) {
                issue(path, "scheduling.problem.missing");
                continue;
            }
            checkId(path + ".id", contract.id(), ids);
            if (contract.allowedShiftTypes() == null
                    || contract.allowedShiftTypes().isEmpty()) {
                issue(path + ".allowedShiftTypes", "scheduling.problem.no-shift-types");
            } else {
                for (int t = 0; t < contract.allowedShiftTypes().size(); t++) {
                    if (!typeIds.contains(contract.allowedShiftTypes().get(t))) {
                        issue(path + ".allowedShiftTypes[" + t + "]", "scheduling.problem.unknown-shift-type");
                    }
                }
            }
            range(path + ".maxShiftsPerDay", contract.maxShiftsPerDay(), 1, MAX_SHIFTS_PER_DAY);
            range(path + ".maxShiftsPerWeek", contract.maxShiftsPerWeek(), 0, 7 * MAX_SHIFTS_PER_DAY);
            range(path + ".maxPaidMinutesPerWeek", contract.maxPaidMinutesPerWeek(), 0, 7 * 1440);
            range(path + ".minRestBetweenShiftsMinutes", contract.minRestBetweenShiftsMinutes(), 0, 1440);
        }
        return ids;
    }

    private void checkAgents(List<Agent> agents, Set<String> contractIds) {
        if (agents == null) {
            issue("agents", "scheduling.problem.missing");
            return;
        }
        if (agents.size() > MAX_AGENTS) {
            issue("agents", "scheduling.problem.too-many-agents");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int a = 0; a < agents.size(); a++) {
            String path = "agents[" + a + "]";
            Agent agent = agents.get(a);
            if (agent == null) {
                issue(path, "scheduling.problem.missing");
                continue;
            }
            checkId(path + ".id", agent.id(), ids);
            if (agent.contract() == null) {
                issue(path + ".contract", "scheduling.problem.missing");
            } else if (!contractIds.contains(agent.contract())) {
                issue(path + ".contract", "scheduling.problem.unknown-contract");
            }
            for (int d = 0; d < agent.unavailableDates().size(); d++) {
                if (agent.unavailableDates().get(d) == null) {
                    issue(path + ".unavailableDates[" + d + "]", "scheduling.problem.missing");
                }
            }
        }
    }

    private void checkId(String path, String id, Set<String> seen) {
        if (id == null || id.isBlank()) {
            issue(path, "scheduling.problem.missing");
        } else if (id.length() > 100) {
            issue(path, "scheduling.problem.too-long");
        } else if (!seen.add(id)) {
            issue(path, "scheduling.problem.duplicate-id");
        }
    }

    /** Pinned shifts must name what exists and keep every rule among themselves. */
    private void checkPinned(Problem problem) {
        List<Shift> pinned = problem.pinnedShifts();
        if (pinned.size() > problem.agents().size() * problem.days().size() * MAX_SHIFTS_PER_DAY) {
            issue("pinnedShifts", "scheduling.problem.too-many");
            return;
        }
        Set<String> agents = new HashSet<>();
        problem.agents().forEach(a -> agents.add(a.id()));
        Set<String> types = new HashSet<>();
        problem.shiftTypes().forEach(t -> types.add(t.id()));
        Set<LocalDate> dates = new HashSet<>();
        problem.days().forEach(d -> dates.add(d.date()));
        boolean known = true;
        for (int i = 0; i < pinned.size(); i++) {
            String path = "pinnedShifts[" + i + "]";
            Shift shift = pinned.get(i);
            if (shift == null
                    || shift.agent() == null
                    || shift.date() == null
                    || shift.shiftType() == null
                    || shift.start() == null
                    || shift.end() == null
                    || shift.breaks().contains(null)) {
                issue(path, "scheduling.problem.missing");
                known = false;
                continue;
            }
            if (!agents.contains(shift.agent())) {
                issue(path + ".agent", "scheduling.problem.unknown-agent");
                known = false;
            }
            if (!types.contains(shift.shiftType())) {
                issue(path + ".shiftType", "scheduling.problem.unknown-shift-type");
                known = false;
            }
            if (!dates.contains(shift.date())) {
                issue(path + ".date", "scheduling.problem.date-outside-horizon");
                known = false;
            }
        }
        if (!known) {
            return;
        }
        Map<Shift, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < pinned.size(); i++) {
            firstIndex.putIfAbsent(pinned.get(i), i);
        }
        Set<String> reported = new HashSet<>();
        for (Violation violation : ScheduleChecker.checkShifts(problem, pinned).violations()) {
            int index = violation.shiftIndex();
            if (index < 0) {
                // a rule among several shifts of one agent: name that agent's first pinned shift
                for (int i = 0; i < pinned.size() && index < 0; i++) {
                    if (pinned.get(i).agent().equals(violation.agent())) {
                        index = i;
                    }
                }
            }
            String path = index < 0 ? "pinnedShifts" : "pinnedShifts[" + index + "]";
            if (reported.add(path)) {
                issue(path, "scheduling.problem.pinned-shift-breaks-rule");
            }
        }
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
