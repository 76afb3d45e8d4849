package dev.kantor.scheduling.jobs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The scheduling problem and its answer as the API description shows them (format version 1,
 * {@code scheduling/README.md}). Only for the description: a problem is read by the scheduling core,
 * field by field, never bound to these.
 */
final class ProblemSchemas {

    /** The README's example problem, accepted as it is. */
    static final String EXAMPLE =
            """
            {"intervalMinutes": 15, "days": [{"date": "2026-03-02", "open": "08:00", "close": "16:00",
             "required": [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 1, 1]}],
             "shiftTypes": [{"id": "FULL", "spanMinutes": 480, "paidMinutes": 480, "startGranularityMinutes": 15,
              "breaks": [{"id": "break", "durationMinutes": 15, "earliestStartOffsetMinutes": 90, "latestStartOffsetMinutes": 150},
               {"id": "lunch", "durationMinutes": 30, "earliestStartOffsetMinutes": 210, "latestStartOffsetMinutes": 270}],
              "minWorkBetweenBreaksMinutes": 60, "maxContinuousWorkMinutes": 210},
             {"id": "HALF", "spanMinutes": 240, "paidMinutes": 240, "startGranularityMinutes": 30, "breaks": [],
              "minWorkBetweenBreaksMinutes": 0, "maxContinuousWorkMinutes": 240}],
             "contracts": [{"id": "FT", "allowedShiftTypes": ["FULL"], "maxShiftsPerDay": 1, "maxShiftsPerWeek": 5,
              "maxPaidMinutesPerWeek": 2400, "minRestBetweenShiftsMinutes": 660},
             {"id": "PT", "allowedShiftTypes": ["HALF"], "maxShiftsPerDay": 1, "maxShiftsPerWeek": 5,
              "maxPaidMinutesPerWeek": 1200, "minRestBetweenShiftsMinutes": 660}],
             "agents": [{"id": "dewi", "contract": "FT", "unavailableDates": []},
              {"id": "budi", "contract": "FT", "unavailableDates": []}, {"id": "sari", "contract": "FT", "unavailableDates": []},
              {"id": "eko", "contract": "PT", "unavailableDates": []}, {"id": "rina", "contract": "PT", "unavailableDates": []},
              {"id": "agus", "contract": "PT", "unavailableDates": ["2026-03-02"]}],
             "timeLimitSeconds": 10}""";

    private ProblemSchemas() {}

    @Schema(
            name = "SchedulingProblem",
            description = "A scheduling problem (format version 1). Times are the "
                    + "business's local wall-clock times HH:mm, durations minutes. At most 31 days, 2,000 agents, 50 shift "
                    + "types, 50 contracts, 6 breaks a shift type; 20 MB.")
    record ProblemDoc(
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Length of one planning interval, 5 to 60 " + "minutes dividing a day",
                            example = "15")
                    Integer intervalMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Consecutive dates") List<DayDoc> days,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ShiftTypeDoc> shiftTypes,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ContractDoc> contracts,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<AgentDoc> agents,
            @Schema(
                            description = "The longest the solver may run, 1 to 3,600 seconds; 60 when left out",
                            example = "10")
                    Integer timeLimitSeconds,
            @Schema(description = "Shifts a manager placed by hand, in the answer's shape: every solve keeps them")
                    List<ShiftDoc> pinnedShifts) {}

    @Schema(name = "SchedulingDay")
    record DayDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "date", example = "2026-03-02") String date,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Opening, on an interval boundary",
                            example = "08:00")
                    String open,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Closing, after opening on the same day",
                            example = "16:00")
                    String close,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Agents needed on duty (working, not on a "
                                    + "break) in each interval from open to close: (close - open) / intervalMinutes whole numbers "
                                    + "from 0 to 10,000")
                    List<Integer> required) {}

    @Schema(name = "SchedulingShiftType")
    record ShiftTypeDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "FULL") String id,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description =
                                    "Start to end, breaks included; whole " + "intervals, within the opening hours",
                            example = "480")
                    Integer spanMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "What the shift costs", example = "480")
                    Integer paidMinutes,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "A shift starts at open + k × this",
                            example = "15")
                    Integer startGranularityMinutes,
            @Schema(description = "In the order they are taken") List<BreakRuleDoc> breaks,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "60") Integer minWorkBetweenBreaksMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "210") Integer maxContinuousWorkMinutes) {}

    @Schema(
            name = "SchedulingBreakRule",
            description = "Offsets from the shift's start; the break starts on an "
                    + "interval boundary and ends within the span")
    record BreakRuleDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "lunch") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "30") Integer durationMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "210") Integer earliestStartOffsetMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "270") Integer latestStartOffsetMinutes) {}

    @Schema(name = "SchedulingContract", description = "Weeks are ISO weeks, Monday to Sunday")
    record ContractDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "FT") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Ids of shift types")
                    List<String> allowedShiftTypes,
            @Schema(description = "1 to 3; 1 when left out", example = "1") Integer maxShiftsPerDay,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "5") Integer maxShiftsPerWeek,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2400") Integer maxPaidMinutesPerWeek,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "End of one shift to the start of the next",
                            example = "660")
                    Integer minRestBetweenShiftsMinutes) {}

    @Schema(name = "SchedulingAgent")
    record AgentDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "dewi") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Id of a contract", example = "FT")
                    String contract,
            @Schema(description = "Dates (ISO) the agent cannot work") List<String> unavailableDates) {}

    @Schema(name = "SchedulingShift")
    record ShiftDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "dewi") String agent,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "date", example = "2026-03-02") String date,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "FULL") String shiftType,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "08:00") String start,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "16:00") String end,
            @Schema(description = "In the order they are taken") List<BreakDoc> breaks) {}

    @Schema(name = "SchedulingBreak")
    record BreakDoc(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "lunch") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "11:45") String start,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "12:15") String end) {}

    @Schema(
            name = "SchedulingAnswer",
            description = "The best schedule found (format version 1): its shifts, "
                    + "what they cost, a proven lower bound on the cost of any schedule that covers the requirement, every "
                    + "interval left short, and the coverage per interval")
    record AnswerDoc(
            @Schema(allowableValues = {"SOLVING", "SOLVED", "STOPPED"}) String status,
            @Schema(example = "1440") long paidMinutes,
            @Schema(example = "1440") long lowerBoundPaidMinutes,
            List<ShortfallDoc> shortfalls,
            List<ShiftDoc> shifts,
            List<CoverageDoc> coverage) {}

    @Schema(name = "SchedulingShortfall", description = "An interval with fewer agents on duty than required")
    record ShortfallDoc(
            @Schema(format = "date") String date, @Schema(example = "08:15") String start, int required, int onDuty) {}

    @Schema(
            name = "SchedulingCoverage",
            description = "Per interval of a day from opening: required, on duty, " + "on a break")
    record CoverageDoc(
            @Schema(format = "date") String date,
            List<Integer> required,
            List<Integer> onDuty,
            List<Integer> onBreak) {}
}
