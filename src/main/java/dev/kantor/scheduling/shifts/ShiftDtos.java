package dev.kantor.scheduling.shifts;

import java.util.List;

import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.ShiftTypeDetails;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** What the shift type and contract API reads and writes. All durations in minutes. */
final class ShiftDtos {

    private ShiftDtos() {}

    @Schema(
            name = "ShiftTypeBreak",
            description = "A break every shift of the type has; its start lies between the earliest and latest "
                    + "offset from the shift's start, on a 15-minute boundary.")
    record BreakDto(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "lunch") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "60") Integer durationMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "210") Integer earliestStartOffsetMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "270") Integer latestStartOffsetMinutes) {

        static BreakDto of(BreakDetails b) {
            return new BreakDto(
                    b.name(), b.durationMinutes(), b.earliestStartOffsetMinutes(), b.latestStartOffsetMinutes());
        }
    }

    @Schema(
            description = "A kind of shift. Kantor plans in 15-minute intervals: the span, the start granularity "
                    + "and every break's length and offsets are whole intervals. The breaks are listed in the order they are "
                    + "taken; some placement of them must keep the least work between breaks and the longest stretch "
                    + "without one.")
    record ShiftTypeRequest(
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Its id in scheduling problems",
                            example = "Full day 8 h")
                    String name,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Start to end, breaks included",
                            example = "540")
                    Integer spanMinutes,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "What the shift costs; an unpaid lunch " + "makes it less than the span",
                            example = "480")
                    Integer paidMinutes,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "A shift starts at opening plus a multiple " + "of this",
                            example = "30")
                    Integer startGranularityMinutes,
            @Schema(description = "In the order they are taken; none when left out") List<BreakDto> breaks,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "60") Integer minWorkBetweenBreaksMinutes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "180") Integer maxContinuousWorkMinutes,
            @Schema(description = "The version a change is based on (required to change a shift type)")
                    Integer version) {

        ShiftTypeDetails details() {
            List<BreakDetails> rules = breaks == null
                    ? List.of()
                    : breaks.stream()
                            .map(b -> b == null
                                    ? null
                                    : new BreakDetails(
                                            b.name(),
                                            b.durationMinutes(),
                                            b.earliestStartOffsetMinutes(),
                                            b.latestStartOffsetMinutes()))
                            .toList();
            return new ShiftTypeDetails(
                    name,
                    spanMinutes,
                    paidMinutes,
                    startGranularityMinutes,
                    rules,
                    minWorkBetweenBreaksMinutes,
                    maxContinuousWorkMinutes);
        }
    }

    record ShiftTypeResponse(
            long id,
            String name,
            int spanMinutes,
            int paidMinutes,
            int startGranularityMinutes,
            List<BreakDto> breaks,
            int minWorkBetweenBreaksMinutes,
            int maxContinuousWorkMinutes,
            int version) {

        static ShiftTypeResponse of(DefinedShiftType t) {
            return new ShiftTypeResponse(
                    t.id(),
                    t.name(),
                    t.spanMinutes(),
                    t.paidMinutes(),
                    t.startGranularityMinutes(),
                    t.breaks().stream().map(BreakDto::of).toList(),
                    t.minWorkBetweenBreaksMinutes(),
                    t.maxContinuousWorkMinutes(),
                    t.version());
        }
    }

    @Schema(description = "What an agent may work under a contract. Weeks are ISO weeks, Monday to Sunday.")
    record ContractRequest(
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "Its id in scheduling problems",
                            example = "Full-time 40 h")
                    String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Ids of the shift types it allows")
                    List<Long> allowedShiftTypeIds,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 3", example = "1")
                    Integer maxShiftsPerDay,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "5") Integer maxShiftsPerWeek,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2400") Integer maxPaidMinutesPerWeek,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "From the end of one shift to the start of " + "the next",
                            example = "660")
                    Integer minRestBetweenShiftsMinutes,
            @Schema(description = "The version a change is based on (required to change a contract)") Integer version) {

        ContractDetails details() {
            return new ContractDetails(
                    name,
                    allowedShiftTypeIds,
                    maxShiftsPerDay,
                    maxShiftsPerWeek,
                    maxPaidMinutesPerWeek,
                    minRestBetweenShiftsMinutes);
        }
    }

    record AllowedDto(long id, String name) {}

    record ContractResponse(
            long id,
            String name,
            List<AllowedDto> allowedShiftTypes,
            int maxShiftsPerDay,
            int maxShiftsPerWeek,
            int maxPaidMinutesPerWeek,
            int minRestBetweenShiftsMinutes,
            int version) {

        static ContractResponse of(DefinedContract c) {
            return new ContractResponse(
                    c.id(),
                    c.name(),
                    c.allowedShiftTypes().stream()
                            .map(a -> new AllowedDto(a.id(), a.name()))
                            .toList(),
                    c.maxShiftsPerDay(),
                    c.maxShiftsPerWeek(),
                    c.maxPaidMinutesPerWeek(),
                    c.minRestBetweenShiftsMinutes(),
                    c.version());
        }
    }
}
