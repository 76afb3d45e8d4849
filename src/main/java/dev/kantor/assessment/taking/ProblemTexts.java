package dev.kantor.assessment.taking;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal's problems by field ({@code answers[7]}, {@code ranges[AUTONOMY]}), each in the reader's
 * language: for the questionnaire and profile forms, whose many small controls the field fragment
 * does not fit.
 */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The first problem of each field, in the order they were found. */
    public Map<String, String> byField(InvalidInput refusal) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : refusal.problems()) {
            byField.putIfAbsent(
                    problem.field(),
                    messages.getMessage(
                            problem.messageKey(), problem.args().toArray(), LocaleContextHolder.getLocale()));
        }
        return byField;
    }
}
