package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of problems and answers (format version 1). Reading never throws on bad input: it
 * names every field it could not read. Times are written {@code HH:mm}, dates ISO.
 */
public final class ProblemJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProblemJson() {}

    /** Reads a problem, naming every missing or mistyped field; the rules are the validator's. */
    public static ProblemRead read(String json) {
        JsonFields fields = new JsonFields();
        if (json == null || json.length() > JsonLimits.MAX_CHARS) {
            fields.issue("", json == null ? "scheduling.problem.malformed-json" : "scheduling.problem.too-large");
            return new ProblemRead(null, fields.issues());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            fields.issue("", "scheduling.problem.malformed-json");
            return new ProblemRead(null, fields.issues());
        }
        if (!fields.object(root, "")) {
            return new ProblemRead(null, fields.issues());
        }
        Integer interval = fields.integer(root, "intervalMinutes", "intervalMinutes", true);
        List<Day> days = fields.list(root, "days", "days", true, (node, path) -> day(fields, node, path));
        List<ShiftType> types =
                fields.list(root, "shiftTypes", "shiftTypes", true, (node, path) -> shiftType(fields, node, path));
        List<Contract> contracts =
                fields.list(root, "contracts", "contracts", true, (node, path) -> contract(fields, node, path));
        List<Agent> agents = fields.list(root, "agents", "agents", true, (node, path) -> agent(fields, node, path));
        Integer timeLimit = fields.integer(root, "timeLimitSeconds", "timeLimitSeconds", false);
        List<Shift> pinned =
                fields.list(root, "pinnedShifts", "pinnedShifts", false, (node, path) -> shift(fields, node, path));
        if (!fields.issues().isEmpty()) {
            return new ProblemRead(null, fields.issues());
        }
        return new ProblemRead(new Problem(interval, days, types, contracts, agents, timeLimit, pinned), List.of());
    }

    private static Day day(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        LocalDate date = f.date(node, "date", path + ".date", true);
        LocalTime open = f.time(node, "open", path + ".open", true);
        LocalTime close = f.time(node, "close", path + ".close", true);
        List<Integer> required = f.list(node, "required", path + ".required", true, f::integerOf);
        return date == null || open == null || close == null || required == null
                ? null
                : new Day(date, open, close, required);
    }

    private static ShiftType shiftType(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String id = f.string(node, "id", path + ".id", true);
        Integer span = f.integer(node, "spanMinutes", path + ".spanMinutes", true);
        Integer paid = f.integer(node, "paidMinutes", path + ".paidMinutes", true);
        Integer granularity = f.integer(node, "startGranularityMinutes", path + ".startGranularityMinutes", true);
        List<BreakRule> breaks = f.list(node, "breaks", path + ".breaks", false, (b, p) -> breakRule(f, b, p));
        Integer minWork = f.integer(node, "minWorkBetweenBreaksMinutes", path + ".minWorkBetweenBreaksMinutes", true);
        Integer maxWork = f.integer(node, "maxContinuousWorkMinutes", path + ".maxContinuousWorkMinutes", true);
        if (id == null
                || span == null
                || paid == null
                || granularity == null
                || breaks == null
                || minWork == null
                || maxWork == null) {
            return null;
        }
        return new ShiftType(id, span, paid, granularity, breaks, minWork, maxWork);
    }

    private static BreakRule breakRule(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String id = f.string(node, "id", path + ".id", true);
        Integer duration = f.integer(node, "durationMinutes", path + ".durationMinutes", true);
        Integer earliest = f.integer(node, "earliestStartOffsetMinutes", path + ".earliestStartOffsetMinutes", true);
        Integer latest = f.integer(node, "latestStartOffsetMinutes", path + ".latestStartOffsetMinutes", true);
        return id == null || duration == null || earliest == null || latest == null
                ? null
                : new BreakRule(id, duration, earliest, latest);
    }

    private static Contract contract(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String id = f.string(node, "id", path + ".id", true);
        List<String> allowed = f.list(node, "allowedShiftTypes", path + ".allowedShiftTypes", true, f::stringOf);
        Integer perDay = f.integer(node, "maxShiftsPerDay", path + ".maxShiftsPerDay", false);
        Integer perWeek = f.integer(node, "maxShiftsPerWeek", path + ".maxShiftsPerWeek", true);
        Integer paid = f.integer(node, "maxPaidMinutesPerWeek", path + ".maxPaidMinutesPerWeek", true);
        Integer rest = f.integer(node, "minRestBetweenShiftsMinutes", path + ".minRestBetweenShiftsMinutes", true);
        if (id == null || allowed == null || perWeek == null || paid == null || rest == null) {
            return null;
        }
        return new Contract(id, allowed, perDay == null ? 1 : perDay, perWeek, paid, rest);
    }

    private static Agent agent(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String id = f.string(node, "id", path + ".id", true);
        String contract = f.string(node, "contract", path + ".contract", true);
        List<LocalDate> unavailable = f.list(node, "unavailableDates", path + ".unavailableDates", false, f::dateOf);
        return id == null || contract == null || unavailable == null ? null : new Agent(id, contract, unavailable);
    }

    private static Shift shift(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String agent = f.string(node, "agent", path + ".agent", true);
        LocalDate date = f.date(node, "date", path + ".date", true);
        String type = f.string(node, "shiftType", path + ".shiftType", true);
        LocalTime start = f.time(node, "start", path + ".start", true);
        LocalTime end = f.time(node, "end", path + ".end", true);
        List<Break> breaks = f.list(node, "breaks", path + ".breaks", false, (b, p) -> shiftBreak(f, b, p));
        return agent == null || date == null || type == null || start == null || end == null || breaks == null
                ? null
                : new Shift(agent, date, type, start, end, breaks);
    }

    private static Break shiftBreak(JsonFields f, JsonNode node, String path) {
        if (!f.object(node, path)) {
            return null;
        }
        String id = f.string(node, "id", path + ".id", true);
        LocalTime start = f.time(node, "start", path + ".start", true);
        LocalTime end = f.time(node, "end", path + ".end", true);
        return id == null || start == null || end == null ? null : new Break(id, start, end);
    }

    /**
     * Reads an answer, for checking one that came from elsewhere.
     *
     * @throws IllegalArgumentException naming the fields that could not be read
     */
    public static Schedule readSchedule(String json) {
        JsonFields f = new JsonFields();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("scheduling.problem.malformed-json");
        }
        if (!f.object(root, "")) {
            throw new IllegalArgumentException(f.issues().toString());
        }
        String statusText = f.string(root, "status", "status", false);
        Integer paid = f.integer(root, "paidMinutes", "paidMinutes", true);
        Integer bound = f.integer(root, "lowerBoundPaidMinutes", "lowerBoundPaidMinutes", false);
        List<Shortfall> shortfalls = f.list(root, "shortfalls", "shortfalls", false, (node, path) -> {
            if (!f.object(node, path)) {
                return null;
            }
            LocalDate date = f.date(node, "date", path + ".date", true);
            LocalTime start = f.time(node, "start", path + ".start", true);
            Integer required = f.integer(node, "required", path + ".required", true);
            Integer onDuty = f.integer(node, "onDuty", path + ".onDuty", true);
            return date == null || start == null || required == null || onDuty == null
                    ? null
                    : new Shortfall(date, start, required, onDuty);
        });
        List<Shift> shifts = f.list(root, "shifts", "shifts", true, (node, path) -> shift(f, node, path));
        List<DayCoverage> coverage = f.list(root, "coverage", "coverage", false, (node, path) -> {
            if (!f.object(node, path)) {
                return null;
            }
            LocalDate date = f.date(node, "date", path + ".date", true);
            List<Integer> required = f.list(node, "required", path + ".required", true, f::integerOf);
            List<Integer> onDuty = f.list(node, "onDuty", path + ".onDuty", true, f::integerOf);
            List<Integer> onBreak = f.list(node, "onBreak", path + ".onBreak", true, f::integerOf);
            return date == null || required == null || onDuty == null || onBreak == null
                    ? null
                    : new DayCoverage(date, required, onDuty, onBreak);
        });
        ScheduleStatus status = ScheduleStatus.SOLVED;
        if (statusText != null) {
            try {
                status = ScheduleStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                f.issue("status", "scheduling.problem.unknown-status");
            }
        }
        if (!f.issues().isEmpty()) {
            throw new IllegalArgumentException(f.issues().toString());
        }
        return new Schedule(status, paid, bound == null ? 0 : bound, shortfalls, shifts, coverage);
    }

    /** Writes a problem in the format it is read in. */
    public static String write(Problem problem) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("intervalMinutes", problem.intervalMinutes());
        ArrayNode days = root.putArray("days");
        for (Day day : problem.days()) {
            ObjectNode node = days.addObject();
            node.put("date", day.date().toString());
            node.put("open", JsonFields.HH_MM.format(day.open()));
            node.put("close", JsonFields.HH_MM.format(day.close()));
            ArrayNode required = node.putArray("required");
            day.required().forEach(required::add);
        }
        ArrayNode types = root.putArray("shiftTypes");
        for (ShiftType type : problem.shiftTypes()) {
            ObjectNode node = types.addObject();
            node.put("id", type.id());
            node.put("spanMinutes", type.spanMinutes());
            node.put("paidMinutes", type.paidMinutes());
            node.put("startGranularityMinutes", type.startGranularityMinutes());
            ArrayNode breaks = node.putArray("breaks");
            for (BreakRule rule : type.breaks()) {
                ObjectNode b = breaks.addObject();
                b.put("id", rule.id());
                b.put("durationMinutes", rule.durationMinutes());
                b.put("earliestStartOffsetMinutes", rule.earliestStartOffsetMinutes());
                b.put("latestStartOffsetMinutes", rule.latestStartOffsetMinutes());
            }
            node.put("minWorkBetweenBreaksMinutes", type.minWorkBetweenBreaksMinutes());
            node.put("maxContinuousWorkMinutes", type.maxContinuousWorkMinutes());
        }
        ArrayNode contracts = root.putArray("contracts");
        for (Contract contract : problem.contracts()) {
            ObjectNode node = contracts.addObject();
            node.put("id", contract.id());
            ArrayNode allowed = node.putArray("allowedShiftTypes");
            contract.allowedShiftTypes().forEach(allowed::add);
            node.put("maxShiftsPerDay", contract.maxShiftsPerDay());
            node.put("maxShiftsPerWeek", contract.maxShiftsPerWeek());
            node.put("maxPaidMinutesPerWeek", contract.maxPaidMinutesPerWeek());
            node.put("minRestBetweenShiftsMinutes", contract.minRestBetweenShiftsMinutes());
        }
        ArrayNode agents = root.putArray("agents");
        for (Agent agent : problem.agents()) {
            ObjectNode node = agents.addObject();
            node.put("id", agent.id());
            node.put("contract", agent.contract());
            ArrayNode dates = node.putArray("unavailableDates");
            agent.unavailableDates().forEach(d -> dates.add(d.toString()));
        }
        if (problem.timeLimitSeconds() != null) {
            root.put("timeLimitSeconds", problem.timeLimitSeconds());
        }
        if (!problem.pinnedShifts().isEmpty()) {
            writeShifts(root.putArray("pinnedShifts"), problem.pinnedShifts());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes an answer in the README's shape. */
    public static String write(Schedule schedule) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", schedule.status().name());
        root.put("paidMinutes", schedule.paidMinutes());
        root.put("lowerBoundPaidMinutes", schedule.lowerBoundPaidMinutes());
        ArrayNode shortfalls = root.putArray("shortfalls");
        for (Shortfall s : schedule.shortfalls()) {
            ObjectNode node = shortfalls.addObject();
            node.put("date", s.date().toString());
            node.put("start", JsonFields.HH_MM.format(s.start()));
            node.put("required", s.required());
            node.put("onDuty", s.onDuty());
        }
        writeShifts(root.putArray("shifts"), schedule.shifts());
        ArrayNode coverage = root.putArray("coverage");
        for (DayCoverage day : schedule.coverage()) {
            ObjectNode node = coverage.addObject();
            node.put("date", day.date().toString());
            ArrayNode required = node.putArray("required");
            day.required().forEach(required::add);
            ArrayNode onDuty = node.putArray("onDuty");
            day.onDuty().forEach(onDuty::add);
            ArrayNode onBreak = node.putArray("onBreak");
            day.onBreak().forEach(onBreak::add);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void writeShifts(ArrayNode array, List<Shift> shifts) {
        for (Shift shift : shifts) {
            ObjectNode node = array.addObject();
            node.put("agent", shift.agent());
            node.put("date", shift.date().toString());
            node.put("shiftType", shift.shiftType());
            node.put("start", JsonFields.HH_MM.format(shift.start()));
            node.put("end", JsonFields.HH_MM.format(shift.end()));
            ArrayNode breaks = node.putArray("breaks");
            for (Break b : shift.breaks()) {
                ObjectNode bn = breaks.addObject();
                bn.put("id", b.id());
                bn.put("start", JsonFields.HH_MM.format(b.start()));
                bn.put("end", JsonFields.HH_MM.format(b.end()));
            }
        }
    }
}
