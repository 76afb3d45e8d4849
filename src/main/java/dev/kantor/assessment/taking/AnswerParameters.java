package dev.kantor.assessment.taking;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a questionnaire form's answers ({@code answers[7]=4}) into answers by statement number. A
 * value that is no number reads as 0, so that the questionnaire refuses it as out of range and names
 * the statement, instead of the page failing on it.
 */
public final class AnswerParameters {

    private static final Pattern NAME = Pattern.compile("answers\\[(\\d{1,3})]");

    private AnswerParameters() {}

    public static Map<Integer, Integer> read(Map<String, String> parameters) {
        Map<Integer, Integer> answers = new HashMap<>();
        parameters.forEach((name, value) -> {
            Matcher m = NAME.matcher(name);
            if (m.matches() && value != null && !value.isBlank()) {
                int number = Integer.parseInt(m.group(1));
                answers.put(number, value.strip().matches("\\d{1,2}") ? Integer.parseInt(value.strip()) : 0);
            }
        });
        return answers;
    }
}
