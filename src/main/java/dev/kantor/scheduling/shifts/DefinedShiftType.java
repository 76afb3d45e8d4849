package dev.kantor.scheduling.shifts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ShiftTypeDetails;
import dev.kantor.scheduling.ShiftTypeSummary;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * A shift type as stored: whole numbers throughout, since only what the rules accepted is stored.
 *
 * @param breaks in the order they are taken, each with every number present
 */
public record DefinedShiftType(
        long id,
        String name,
        int spanMinutes,
        int paidMinutes,
        int startGranularityMinutes,
        List<BreakDetails> breaks,
        int minWorkBetweenBreaksMinutes,
        int maxContinuousWorkMinutes,
        int version) {

    public DefinedShiftType {
        breaks = List.copyOf(breaks);
    }

    /** The shift type as a scheduling problem names it. */
    public ShiftType toProblem() {
        return new ShiftType(
                name,
                spanMinutes,
                paidMinutes,
                startGranularityMinutes,
                breaks.stream()
                        .map(b -> new BreakRule(
                                b.name(),
                                b.durationMinutes(),
                                b.earliestStartOffsetMinutes(),
                                b.latestStartOffsetMinutes()))
                        .toList(),
                minWorkBetweenBreaksMinutes,
                maxContinuousWorkMinutes);
    }

    public ShiftTypeDetails details() {
        return new ShiftTypeDetails(
                name,
                spanMinutes,
                paidMinutes,
                startGranularityMinutes,
                breaks,
                minWorkBetweenBreaksMinutes,
                maxContinuousWorkMinutes);
    }

    public ShiftTypeSummary summary() {
        return new ShiftTypeSummary(id, name, spanMinutes, paidMinutes);
    }

    /** Minutes of the span that are not paid, such as an unpaid lunch. */
    public int unpaidMinutes() {
        return spanMinutes - paidMinutes;
    }

    /** The fields as the audit trail records them; the breaks on one line. */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("spanMinutes", String.valueOf(spanMinutes));
        fields.put("paidMinutes", String.valueOf(paidMinutes));
        fields.put("startGranularityMinutes", String.valueOf(startGranularityMinutes));
        fields.put(
                "breaks",
                breaks.stream()
                        .map(b -> b.name() + " " + b.durationMinutes() + " [" + b.earliestStartOffsetMinutes() + "–"
                                + b.latestStartOffsetMinutes() + "]")
                        .collect(Collectors.joining("; ")));
        fields.put("minWorkBetweenBreaksMinutes", String.valueOf(minWorkBetweenBreaksMinutes));
        fields.put("maxContinuousWorkMinutes", String.valueOf(maxContinuousWorkMinutes));
        return fields;
    }
}
