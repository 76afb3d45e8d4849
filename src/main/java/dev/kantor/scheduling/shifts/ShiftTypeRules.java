package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ShiftTypeDetails;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * The rules a shift type keeps: every field present, names that can be stored, and the scheduling
 * core's rules (whole intervals, break windows inside the span and in order, a placement of the
 * breaks that keeps the least work between them and the longest stretch without one).
 */
final class ShiftTypeRules {

    static final int MAX_NAME = 100;

    private ShiftTypeRules() {}

    /**
     * The shift type as a problem names it.
     *
     * @throws dev.kantor.platform.InvalidInput naming every field that breaks a rule
     */
    static ShiftType check(ShiftTypeDetails details) {
        InputCheck check = new InputCheck();
        check.required("name", details.name(), MAX_NAME)
                .required("spanMinutes", details.spanMinutes())
                .required("paidMinutes", details.paidMinutes())
                .required("startGranularityMinutes", details.startGranularityMinutes())
                .required("minWorkBetweenBreaksMinutes", details.minWorkBetweenBreaksMinutes())
                .required("maxContinuousWorkMinutes", details.maxContinuousWorkMinutes());
        List<BreakDetails> breaks = details.breaks();
        for (int i = 0; i < breaks.size(); i++) {
            String path = "breaks[" + i + "]";
            BreakDetails b = breaks.get(i);
            if (b == null) {
                check.add(path, "validation.empty-entry");
                continue;
            }
            check.required(path + ".name", b.name(), MAX_NAME)
                    .required(path + ".durationMinutes", b.durationMinutes())
                    .required(path + ".earliestStartOffsetMinutes", b.earliestStartOffsetMinutes())
                    .required(path + ".latestStartOffsetMinutes", b.latestStartOffsetMinutes());
        }
        boolean complete = !check.hasProblems();
        if (details.spanMinutes() != null && details.paidMinutes() != null) {
            check.that(
                    details.paidMinutes() <= details.spanMinutes(),
                    "paidMinutes",
                    "scheduling.shift-type.paid-above-span");
        }
        if (!complete) {
            check.throwIfAny();
        }
        List<BreakRule> rules = new ArrayList<>();
        for (BreakDetails b : breaks) {
            rules.add(new BreakRule(
                    b.name().strip(),
                    b.durationMinutes(),
                    b.earliestStartOffsetMinutes(),
                    b.latestStartOffsetMinutes()));
        }
        ShiftType type = new ShiftType(
                details.name().strip(),
                details.spanMinutes(),
                details.paidMinutes(),
                details.startGranularityMinutes(),
                rules,
                details.minWorkBetweenBreaksMinutes(),
                details.maxContinuousWorkMinutes());
        ProbeProblem.checkShiftType(type, check);
        check.throwIfAny();
        return type;
    }
}
