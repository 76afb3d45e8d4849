package dev.kantor.scheduling.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.scheduling.check.ProblemValidator;
import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Reads a problem sent to the API as the scheduling core reads it (never binding it to records, so
 * that a value of the wrong type is named by its field), refusing it whole beyond 20 MB without
 * reading further, and refusing text that cannot be stored. Every fault is a field problem with the
 * core's path ({@code shiftTypes[0].breaks[1].latestStartOffsetMinutes}; the empty path is the whole
 * body) and a message key.
 */
final class ProblemIntake {

    /** The core's own limit on a problem's text (JSON is UTF-8: at most four bytes a character). */
    static final int MAX_CHARS = 20_000_000;

    private ProblemIntake() {}

    /**
     * @throws InvalidInput naming every fault of the problem
     */
    static Problem read(InputStream body) {
        String json = text(body);
        ProblemRead read = ProblemValidator.readAndValidate(json);
        if (!read.ok()) {
            throw new InvalidInput(read.issues().stream()
                    .map(issue -> new FieldProblem(issue.field(), issue.key()))
                    .toList());
        }
        requireStorableText(read.problem());
        return read.problem();
    }

    /** The body, up to one character past the limit (which the core then refuses as too large). */
    private static String text(InputStream body) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            int read;
            while ((read = reader.read(buffer)) >= 0 && text.length() <= MAX_CHARS) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw InvalidInput.of("", "scheduling.problem.malformed-json");
        }
        return text.toString();
    }

    /** Ids are kept and given back as they came: a control character or half a surrogate pair is refused. */
    private static void requireStorableText(Problem problem) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int t = 0; t < problem.shiftTypes().size(); t++) {
            ShiftType type = problem.shiftTypes().get(t);
            storable(problems, "shiftTypes[" + t + "].id", type.id());
            for (int b = 0; b < type.breaks().size(); b++) {
                storable(
                        problems,
                        "shiftTypes[" + t + "].breaks[" + b + "].id",
                        type.breaks().get(b).id());
            }
        }
        for (int c = 0; c < problem.contracts().size(); c++) {
            Contract contract = problem.contracts().get(c);
            storable(problems, "contracts[" + c + "].id", contract.id());
        }
        for (int a = 0; a < problem.agents().size(); a++) {
            Agent agent = problem.agents().get(a);
            storable(problems, "agents[" + a + "].id", agent.id());
        }
        for (int s = 0; s < problem.pinnedShifts().size(); s++) {
            Shift shift = problem.pinnedShifts().get(s);
            for (int b = 0; b < shift.breaks().size(); b++) {
                storable(
                        problems,
                        "pinnedShifts[" + s + "].breaks[" + b + "].id",
                        shift.breaks().get(b).id());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void storable(List<FieldProblem> problems, String field, String text) {
        if (!InputCheck.isStorable(text)) {
            problems.add(new FieldProblem(field, "validation.unstorable"));
        }
    }
}
