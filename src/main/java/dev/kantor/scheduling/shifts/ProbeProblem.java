package dev.kantor.scheduling.shifts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.check.ProblemValidator;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemIssue;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Checks a shift type or a contract by the scheduling core's own rules, so that whatever is saved
 * the solver can use: it is put in the smallest problem that holds it (one day open all day, on
 * Kantor's 15-minute intervals) and the validator's faults about it are kept, with their field
 * paths as the form and the API name them.
 */
final class ProbeProblem {

    /** Kantor plans in 15-minute intervals, as staffing counts its requirement. */
    static final int INTERVAL_MINUTES = 15;

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final LocalTime CLOSE = LocalTime.of(23, 45);
    private static final int INTERVALS = (CLOSE.toSecondOfDay() / 60) / INTERVAL_MINUTES;

    private ProbeProblem() {}

    /** Adds the core's faults of a shift type to {@code check}, named as its own fields are. */
    static void checkShiftType(ShiftType type, InputCheck check) {
        Contract any = new Contract("probe", List.of(type.id()), 1, 7, 7 * 1440, 0);
        report(problem(List.of(type), any), "shiftTypes[0]", check);
    }

    /** Adds the core's faults of a contract (with the shift types it allows) to {@code check}. */
    static void checkContract(Contract contract, List<ShiftType> allowed, InputCheck check) {
        report(problem(allowed, contract), "contracts[0]", check);
    }

    private static Problem problem(List<ShiftType> types, Contract contract) {
        Day day = new Day(DAY, LocalTime.MIDNIGHT, CLOSE, Collections.nCopies(INTERVALS, 0));
        return new Problem(INTERVAL_MINUTES, List.of(day), types, List.of(contract), List.of(), null, List.of());
    }

    private static void report(Problem problem, String prefix, InputCheck check) {
        for (ProblemIssue issue : ProblemValidator.validate(problem)) {
            String path = issue.field();
            if (path.equals(prefix) || path.startsWith(prefix + ".")) {
                String field = path.length() == prefix.length() ? "name" : path.substring(prefix.length() + 1);
                if (field.startsWith("allowedShiftTypes")) {
                    // the contract's shift types are stored ones, checked by id before the probe
                    continue;
                }
                if (!check.hasProblem(field(field))) {
                    check.add(field(field), issue.key());
                }
            }
        }
    }

    /** The core calls a shift type's, a break's and a contract's name its id. */
    private static String field(String path) {
        if (path.equals("id")) {
            return "name";
        }
        return path.endsWith(".id") ? path.substring(0, path.length() - 3) + ".name" : path;
    }
}
