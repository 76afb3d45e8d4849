package dev.kantor.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts the rules a form broke next to the fields that broke them, one problem per field (the
 * first, which is the one to fix); a rule that belongs to no field of the form goes above it.
 * Every page form reports its problems this way, so that what one form shows, all show.
 */
public final class FormProblems {

    private FormProblems() {}

    /** A refusal on the form, with the rules' field names as the form calls them. */
    public static void bind(KantorException e, BindingResult result) {
        bind(e, result, UnaryOperator.identity());
    }

    /** @param fieldNames where a rule's field is called differently in the form */
    public static void bind(KantorException e, BindingResult result, Map<String, String> fieldNames) {
        bind(e, result, field -> fieldNames.getOrDefault(field, field));
    }

    /** @param fieldOf the form's field for a rule's field */
    public static void bind(KantorException e, BindingResult result, UnaryOperator<String> fieldOf) {
        if (e instanceof InvalidInput invalid) {
            bindUnlessBound(invalid.problems(), result, fieldOf);
        } else if (e instanceof DuplicateValue duplicate) {
            bindUnlessBound(
                    List.of(new FieldProblem(duplicate.field(), e.messageKey(), Arrays.asList(e.args()))),
                    result,
                    fieldOf);
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /** @param fieldNames where a rule's field is called differently in the form */
    public static void bindUnlessBound(
            List<FieldProblem> problems, BindingResult result, Map<String, String> fieldNames) {
        bindUnlessBound(problems, result, field -> fieldNames.getOrDefault(field, field));
    }

    /**
     * Adds the problems of fields that have none yet: a value the form could not even read (an
     * unreadable date, say) keeps that problem rather than a rule's about the missing value.
     */
    public static void bindUnlessBound(
            List<FieldProblem> problems, BindingResult result, UnaryOperator<String> fieldOf) {
        for (FieldProblem p : problems) {
            String field = fieldOf.apply(p.field());
            if (!isField(result, field)) {
                result.reject(p.messageKey(), p.args().toArray(), p.messageKey());
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, p.messageKey(), p.args().toArray(), p.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult result, String field) {
        Object target = result.getTarget();
        if (field == null || target == null) {
            return false;
        }
        if (target.getClass().isRecord()) {
            return Arrays.stream(target.getClass().getRecordComponents())
                    .anyMatch(c -> c.getName().equals(field));
        }
        return new BeanWrapperImpl(target).isReadableProperty(field);
    }
}
